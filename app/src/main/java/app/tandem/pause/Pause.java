package app.tandem.pause;

import java.time.Instant;

/** A timed break in a thread, with its return time. */
public record Pause(long id, ThreadKind threadKind, long threadId, long pausedBy, String pausedByName,
        Instant startedAt, Instant returnsAt, Instant endedEarlyAt) {

    public boolean activeAt(Instant now) {
        return endedEarlyAt == null && returnsAt.isAfter(now);
    }

    /** When the thread opened again: the return time, or earlier if the pause was ended early. */
    public Instant endsAt() {
        return endedEarlyAt != null ? endedEarlyAt : returnsAt;
    }
}
