package app.tandem.plan;

import java.time.Duration;
import java.time.Instant;

/** A plan's head, for lists, home, the timeline and the calendar. */
public record PlanSummary(long id, PlanKind kind, String title, Instant startsAt, String place, Instant debriefAt,
        Instant createdAt) {

    /** How long after its start a plan still counts as upcoming (the evening is still on). */
    static final Duration STILL_UPCOMING = Duration.ofHours(6);

    /** From an hour before it starts to six hours after: when a signal may be needed, home offers it. */
    public boolean happeningAround(Instant now) {
        return !now.isBefore(startsAt.minusSeconds(3600)) && upcomingAt(now);
    }

    /** Whether lists of upcoming plans still show it at this time. */
    public boolean upcomingAt(Instant now) {
        return !now.isAfter(startsAt.plus(STILL_UPCOMING));
    }
}
