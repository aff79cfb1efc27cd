package app.tandem.plan;

import java.time.Instant;

/** A plan to start, checked: its template, title, time (an instant, typed in the partner's zone) and place. */
public record NewPlan(PlanKind kind, String title, Instant startsAt, String place) {}
