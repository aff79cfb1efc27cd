package app.tandem.plan;

import java.time.Instant;

/** A signal my partner sent that I have not acknowledged yet: home shows it at once. */
public record PendingSignal(long id, long planId, long sentBy, SignalKind kind, Instant sentAt) {}
