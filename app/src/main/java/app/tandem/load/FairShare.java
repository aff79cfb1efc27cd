package app.tandem.load;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.Phrase;
import java.time.Instant;

/**
 * The split of the load the couple agreed is fair for them — not necessarily even (say, in
 * proportion to free hours). {@code targetA} is partner A's percent; B's is the rest. A new
 * split proposed by one partner counts once the other agrees; until then the agreed one holds.
 * {@link FairShareAction} is its state machine.
 */
public record FairShare(int targetA, Instant agreedAt, Integer proposedTargetA, Owner proposedBy,
        Instant proposedAt) {

    /** Agreed, or a proposed split waiting for the other partner. */
    public enum Status { AGREED, PROPOSED }

    static final FairShare EVEN = new FairShare(50, null, null, null, null);

    public Status status() {
        return proposedTargetA == null ? Status.AGREED : Status.PROPOSED;
    }

    /**
     * Whether the couple ever agreed a split. Until they do, the balance compares with an even
     * one but must not speak of it as theirs: nobody agreed to it.
     */
    public boolean agreed() {
        return agreedAt != null;
    }

    public int targetOf(Owner partner) {
        return partner == Owner.A ? targetA : 100 - targetA;
    }

    public boolean pending() {
        return status() == Status.PROPOSED;
    }

    public boolean proposedBy(Owner partner) {
        return pending() && proposedBy == partner;
    }

    public int proposedTargetOf(Owner partner) {
        return partner == Owner.A ? proposedTargetA : 100 - proposedTargetA;
    }

    /** The status {@code action} by partner {@code by} leads to, or why not (409). */
    Status check(FairShareAction action, Owner by) {
        if (!action.allowedIn(status())) {
            throw new ConflictException(action.whyNot());
        }
        if (!rightPartnerFor(action, by)) {
            throw new ConflictException(FairShareAction.ownProposal());
        }
        return action.leadsTo();
    }

    /** Proposing what already holds, with nothing waiting, changes nothing: say so. */
    Status checkProposal(int newTargetA, Owner by) {
        Status next = check(FairShareAction.PROPOSE, by);
        if (!pending() && agreed() && targetA == newTargetA) {
            throw new ConflictException(Phrase.of("load.conflict.that-is-already-the"));
        }
        return next;
    }

    /** Whether partner {@code by} may take {@code action} now: what the page offers. */
    public boolean can(FairShareAction action, Owner by) {
        return action.allowedIn(status()) && rightPartnerFor(action, by);
    }

    private boolean rightPartnerFor(FairShareAction action, Owner by) {
        return action.role() == FairShareAction.Role.EITHER || by != proposedBy;
    }
}
