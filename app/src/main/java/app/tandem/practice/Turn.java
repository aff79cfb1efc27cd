package app.tandem.practice;

import java.time.Instant;
import java.util.List;

/** One turn on the meeting's issue, with the coach's labels as it was taken. */
public record Turn(long id, long partnerId, TurnRole role, String text, List<String> labels, Instant createdAt) {}
