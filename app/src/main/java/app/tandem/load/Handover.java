package app.tandem.load;

import java.time.Instant;
import java.util.List;

/**
 * Handing (phases of) a load item over from one partner to the other. It moves ownership only
 * once the receiving partner says yes.
 */
public record Handover(long id, long itemId, String itemTitle, List<Phase> phases, Owner from, Owner to,
        Status status, Instant proposedAt, Instant answeredAt) {

    public enum Status { PROPOSED, ACCEPTED, DECLINED }

    /** "noticing and planning", for sentences. */
    public String phasesText() {
        return Phases.text(phases);
    }
}
