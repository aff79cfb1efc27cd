package app.tandem.load;

import static app.tandem.load.Handover.Status.ACCEPTED;
import static app.tandem.load.Handover.Status.DECLINED;
import static app.tandem.load.Handover.Status.PROPOSED;

import app.tandem.kernel.Phrase;
import app.tandem.kernel.Transition;
import app.tandem.load.Handover.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * The hand-over's whole state machine, one row a transition: who may act, in which statuses,
 * and where it leads. Both partners see every hand-over of their couple, so the wrong partner is
 * told why not (409) rather than "not found"; another couple's hand-over is "not found".
 * No event is published: offering is asking, so {@link #PROPOSE} sends a need, and a yes to
 * that need ({@code NeedAnswered}) is one way to {@link #ACCEPT}.
 */
public enum HandoverAction implements Transition.Step<HandoverAction.Role, Status> {
    /** Starts a hand-over, so no status before it; only while none of the item is open. */
    PROPOSE(Role.GIVER, EnumSet.noneOf(Status.class), PROPOSED),
    ACCEPT(Role.RECEIVER, EnumSet.of(PROPOSED), ACCEPTED),
    DECLINE(Role.RECEIVER, EnumSet.of(PROPOSED), DECLINED),
    /** The item was archived, by either partner: its open hand-over lapses as declined. */
    LAPSE(Role.EITHER, EnumSet.of(PROPOSED), DECLINED);

    /** The giver offers phases they own or share; the receiver is the other partner. */
    public enum Role { GIVER, RECEIVER, EITHER }

    private final Transition<Role, Status> transition;

    HandoverAction(Role role, Set<Status> allowedIn, Status leadsTo) {
        this.transition = new Transition<>(role, allowedIn, leadsTo);
    }

    @Override
    public Transition<Role, Status> transition() {
        return transition;
    }

    /** The statuses it acts in, for SQL ({@code SqlList.of}). */
    Set<Status> statuses() {
        return transition.from();
    }

    /** Why not in {@code status}: only a new offer meets an open hand-over, and an answered one is settled. */
    Phrase whyNot(Status status) {
        return Phrase.of(Status.OPEN.contains(status) ? "load.why-not.handover-waiting" : "load.why-not.handover-answered");
    }

    static Phrase notYours() {
        return Phrase.of("load.why-not.handover-not-yours");
    }
}
