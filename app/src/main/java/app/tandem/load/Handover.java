package app.tandem.load;

import app.tandem.kernel.ConflictException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Handing (phases of) a load item over from one partner to the other. It moves ownership only
 * once the receiving partner says yes; {@link HandoverAction} is its state machine.
 */
public record Handover(long id, long itemId, String itemTitle, List<Phase> phases, Owner from, Owner to,
        Status status, Instant proposedAt, Instant answeredAt) {

    public enum Status {
        PROPOSED, ACCEPTED, DECLINED;

        /** Waiting for an answer: at most one a load item. */
        static final Set<Status> OPEN = EnumSet.of(PROPOSED);

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "noticing and planning", for sentences. */
    public String phasesText() {
        return Phases.text(phases);
    }

    /** The status {@code action} by partner {@code by} leads to, or why not (409). */
    Status check(HandoverAction action, Owner by) {
        if (!action.allowedIn(status)) {
            throw new ConflictException(action.whyNot(status));
        }
        if (!rightPartnerFor(action, by)) {
            throw new ConflictException(HandoverAction.notYours());
        }
        return action.leadsTo();
    }

    /** Whether partner {@code by} may take {@code action} now: what the page offers. */
    public boolean can(HandoverAction action, Owner by) {
        return action.allowedIn(status) && rightPartnerFor(action, by);
    }

    private boolean rightPartnerFor(HandoverAction action, Owner by) {
        return switch (action.role()) {
            case GIVER -> by == from;
            case RECEIVER -> by == to;
            case EITHER -> true;
        };
    }
}
