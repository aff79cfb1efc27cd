package app.tandem.partner;

import java.time.Instant;

/** An address a partner asked to move to, waiting for the link sent there until {@code expiresAt}. */
public record PendingEmail(String email, Instant expiresAt) {}
