package app.tandem.load;

import java.time.Instant;

/**
 * The split of the load the couple agreed is fair for them — not necessarily even (say, in
 * proportion to free hours). {@code targetA} is partner A's percent; B's is the rest. A new
 * split proposed by one partner counts once the other agrees; until then the agreed one holds.
 */
public record FairShare(int targetA, Instant agreedAt, Integer proposedTargetA, Owner proposedBy,
        Instant proposedAt) {

    static final FairShare EVEN = new FairShare(50, null, null, null, null);

    public int targetOf(Owner partner) {
        return partner == Owner.A ? targetA : 100 - targetA;
    }

    public boolean pending() {
        return proposedTargetA != null;
    }

    public int proposedTargetOf(Owner partner) {
        return partner == Owner.A ? proposedTargetA : 100 - proposedTargetA;
    }
}
