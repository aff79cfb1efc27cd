package app.tandem.plan;

import java.time.Instant;

/** One of the plan's agreements ("We arrive together."), marked missed at the debrief if it was. */
public record PlanAgreement(long id, String text, Instant createdAt, Long missedBy, Instant missedAt) {
    public boolean missed() {
        return missedAt != null;
    }
}
