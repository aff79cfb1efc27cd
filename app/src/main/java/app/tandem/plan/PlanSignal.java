package app.tandem.plan;

import java.time.Instant;

/** A signal sent during the event, and when the other partner saw it. No place, no words. */
public record PlanSignal(long id, long sentBy, SignalKind kind, Instant sentAt, Instant seenAt) {
    public boolean seen() {
        return seenAt != null;
    }
}
