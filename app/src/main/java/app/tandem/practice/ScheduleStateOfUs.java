package app.tandem.practice;

import java.time.Instant;

/** A state of us to hold, at a time (null: now). */
public record ScheduleStateOfUs(Instant at) {}
