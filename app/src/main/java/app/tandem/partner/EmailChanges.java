package app.tandem.partner;

import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.Phrase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change of e-mail address on a server that sends e-mail: the password proves it is the
 * partner, a link sent to the new address proves the address is theirs, and only opening it moves
 * the account. Until then the partner signs in with the old address. A token is 256 random bits,
 * kept as a SHA-256 hash, used once within a day; a newer request makes older links useless.
 */
@Service
public class EmailChanges {

    static final Duration VALID_FOR = Duration.ofHours(24);
    public static final Phrase EXPIRED = Phrase.of("partner.error.email-link.expired");

    private final PartnerService partners;
    private final PartnerRepository accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailChanges(PartnerService partners, PartnerRepository accounts, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.partners = partners;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** {@code linkBase} + token is the link sent to the new address. */
    @Transactional(noRollbackFor = InvalidInputException.class) // a wrong password is counted
    public PendingEmail request(long partnerId, String newEmail, String password, String linkBase) {
        String email = partners.checkEmailChange(partnerId, newEmail, password);
        Instant now = clock.instant();
        supersede(partnerId, now);
        String token = SecretTokens.newToken();
        Instant expires = now.plus(VALID_FOR);
        jdbc.sql("insert into email_change (token_hash, partner_id, new_email, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(hash(token), partnerId, email, now.atOffset(ZoneOffset.UTC), expires.atOffset(ZoneOffset.UTC))
                .update();
        String name = accounts.findById(partnerId).orElseThrow().displayName();
        events.publishEvent(new EmailChangeRequested(partnerId, email, name, linkBase + token));
        return new PendingEmail(email, expires);
    }

    /** The address a link would move to, if the link can still be used (the page asks before offering to confirm). */
    public Optional<String> addressOf(String token) {
        return waiting(token, false).map(Waiting::email);
    }

    /** Opens the link: the account moves to the new address. Returns the partner's id. */
    @Transactional
    public long confirm(String token, String keepSessionId) {
        Waiting waiting = waiting(token, true).orElseThrow(() -> new InvalidInputException("token", EXPIRED));
        String oldEmail = accounts.findById(waiting.partnerId()).orElseThrow().email();
        jdbc.sql("update email_change set used_at = ? where token_hash = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), hash(token)).update();
        partners.applyEmail(waiting.partnerId(), waiting.email(), keepSessionId);
        events.publishEvent(new EmailChanged(waiting.partnerId(), oldEmail,
                accounts.findById(waiting.partnerId()).orElseThrow().displayName()));
        return waiting.partnerId();
    }

    /** The change waiting for its link, shown on the account page. */
    public Optional<PendingEmail> pending(long partnerId) {
        return jdbc.sql("select new_email, expires_at from email_change where partner_id = ? and used_at is null "
                        + "and expires_at > ? order by created_at desc limit 1")
                .params(partnerId, clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new PendingEmail(rs.getString("new_email"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    private record Waiting(long partnerId, String email) {}

    private Optional<Waiting> waiting(String token, boolean lock) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select partner_id, new_email from email_change where token_hash = ? and used_at is null "
                        + "and expires_at > ?" + (lock ? " for update" : ""))
                .params(hash(token), clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Waiting(rs.getLong("partner_id"), rs.getString("new_email"))).optional();
    }

    private void supersede(long partnerId, Instant now) {
        jdbc.sql("update email_change set used_at = ? where partner_id = ? and used_at is null")
                .params(now.atOffset(ZoneOffset.UTC), partnerId).update();
    }

    private static byte[] hash(String token) {
        return SecretTokens.hash(token);
    }
}
