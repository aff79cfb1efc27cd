package app.tandem.repair;

import java.util.List;

/**
 * Home's hurt-and-repair card: what waits for me (a repair to make, a repair to answer, a
 * reminder to hear), what waits for my partner, and the latest repairs.
 */
public record RepairBoard(List<Hurt> toRepair, List<Hurt> toAnswer, List<Hurt> waitingForPartner,
        List<Reminder> remindersForMe, List<Reminder> remindersByMe, List<Hurt> recentlyRepaired) {

    /** Whether anything of repair waits for the partner: a hurt I named, a reminder not yet heard. */
    public boolean waitsForPartner() {
        return !waitingForPartner.isEmpty() || !remindersByMe.isEmpty();
    }

    public boolean empty() {
        return toRepair.isEmpty() && toAnswer.isEmpty() && waitingForPartner.isEmpty() && remindersForMe.isEmpty()
                && recentlyRepaired.isEmpty();
    }
}
