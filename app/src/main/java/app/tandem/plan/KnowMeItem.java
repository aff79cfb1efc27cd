package app.tandem.plan;

import java.time.Instant;

/** One note of a partner's own "hard for me / helps me" list; the other reads it only when {@code shared}. */
public record KnowMeItem(long id, long partnerId, KnowMeKind kind, String text, boolean shared, Instant createdAt) {}
