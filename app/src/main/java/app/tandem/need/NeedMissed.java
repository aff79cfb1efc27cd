package app.tandem.need;

import java.time.Instant;

/** The asker marked a need missed: the reminder and repair flow starts from here. */
public record NeedMissed(long needId, long coupleId, long askerId, Instant at) {}
