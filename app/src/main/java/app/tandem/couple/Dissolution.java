package app.tandem.couple;

import java.time.Instant;

/** That a partner's couple was dissolved by the other partner, shown on their next visit. */
public record Dissolution(long coupleId, String leftBy, Instant at) {}
