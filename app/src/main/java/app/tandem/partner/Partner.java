package app.tandem.partner;

import java.time.Instant;

/** A person with an account. */
public record Partner(long id, String email, String displayName, Instant createdAt) {}
