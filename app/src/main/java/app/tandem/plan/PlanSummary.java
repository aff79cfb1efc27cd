package app.tandem.plan;

import java.time.Instant;

/** A plan's head, for lists, home, the timeline and the calendar. */
public record PlanSummary(long id, PlanKind kind, String title, Instant startsAt, String place, Instant debriefAt,
        Instant createdAt) {}
