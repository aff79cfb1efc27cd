package app.tandem.need;

import java.time.Instant;

/** One occurrence of a recurring need, as the asker marked it: the {@code number}th, met or missed. */
public record Occurrence(int number, FollowThrough outcome, Instant markedAt) {}
