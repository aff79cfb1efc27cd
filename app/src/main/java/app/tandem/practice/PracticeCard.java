package app.tandem.practice;

import java.util.Optional;

/**
 * What home shows of a partner's practice, to that partner alone: the quiet count of small asks
 * when they chose them, the plan of their own that is still ahead, the invitations that are due,
 * and the couple's next state of us. Nothing of the other partner's practice is in it.
 */
public record PracticeCard(PracticeChoice choice, int smallAsksThisWeek, Optional<OwnPlan> nextPlan,
        boolean checkInDue, boolean appreciationDue, Optional<StateOfUs> nextStateOfUs) {

    /** Whether the card has anything to say; a partner who chose nothing and has nothing due sees none. */
    public boolean worthShowing() {
        return choice.smallAsks() || nextPlan.isPresent() || checkInDue || appreciationDue || nextStateOfUs.isPresent();
    }
}
