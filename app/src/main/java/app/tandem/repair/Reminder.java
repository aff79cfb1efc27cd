package app.tandem.repair;

import java.time.Instant;
import java.util.List;

/** The asker's gentle invocation of a commitment after a miss (or at any time). */
public record Reminder(long id, long sentBy, String sentByName, Long needId, String commitment, String message,
        List<String> coachLabels, Instant createdAt, Instant acknowledgedAt) {}
