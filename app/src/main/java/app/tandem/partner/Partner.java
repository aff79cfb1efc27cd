package app.tandem.partner;

import java.time.Instant;
import java.time.ZoneId;

/** A person with an account, and the time zone they live in. */
public record Partner(long id, String email, String displayName, Instant createdAt, ZoneId zone) {}
