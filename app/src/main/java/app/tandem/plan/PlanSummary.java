package app.tandem.plan;

import java.time.Instant;

/** A plan's head, for lists, home, the timeline and the calendar. */
public record PlanSummary(long id, PlanKind kind, String title, Instant startsAt, String place, Instant debriefAt,
        Instant createdAt) {

    /** From an hour before it starts to six hours after: when a signal may be needed, home offers it. */
    public boolean happeningAround(Instant now) {
        return !now.isBefore(startsAt.minusSeconds(3600)) && !now.isAfter(startsAt.plusSeconds(6 * 3600));
    }
}
