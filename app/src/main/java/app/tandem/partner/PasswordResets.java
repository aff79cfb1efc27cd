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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Password reset by e-mail: a random token, of which only a SHA-256 hash is kept (256 random bits
 * need no slow hash), used once within an hour. Asking answers the same whether or not the
 * address has an account, and the e-mail goes after commit on another thread, so neither the
 * answer nor its time tells. At most three links an hour go to one partner. A reset revokes API
 * tokens and ends every session.
 */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);
    /** Links a partner can be sent per {@link #VALID_FOR}: a stranger cannot flood their inbox. */
    static final int LINKS_PER_WINDOW = 3;
    static final Phrase EXPIRED = Phrase.of("partner.error.reset-link.expired");

    private final PartnerRepository partners;
    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApiTokens apiTokens;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(PartnerRepository partners, JdbcClient jdbc, PasswordPolicy policy, PasswordEncoder encoder,
            ApiTokens apiTokens, FindByIndexNameSessionRepository<?> sessions, ApplicationEventPublisher events,
            Clock clock) {
        this.partners = partners;
        this.jdbc = jdbc;
        this.policy = policy;
        this.encoder = encoder;
        this.apiTokens = apiTokens;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** {@code linkBase} + token is the link sent; nothing is said about whether the address is known. */
    @Transactional
    public void request(String email, String linkBase) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > PartnerService.MAX_EMAIL) {
            return;
        }
        partners.findPrincipalByEmail(address).flatMap(p -> partners.findById(p.id())).ifPresent(partner -> {
            Instant now = clock.instant();
            if (!mayBeSentAnother(partner.id(), now)) {
                return;
            }
            String text = SecretTokens.newToken();
            jdbc.sql("insert into password_reset (token_hash, partner_id, created_at, expires_at) values (?, ?, ?, ?)")
                    .params(hash(text), partner.id(), now.atOffset(ZoneOffset.UTC),
                            now.plus(VALID_FOR).atOffset(ZoneOffset.UTC))
                    .update();
            events.publishEvent(new PasswordResetRequested(partner.id(), partner.email(), partner.displayName(),
                    linkBase + text));
        });
    }

    /**
     * Whether fewer than {@link #LINKS_PER_WINDOW} links went to this partner in the last hour.
     * The partner's row is locked first, so concurrent asks on any node are counted one by one;
     * the asker's answer is the same either way.
     */
    private boolean mayBeSentAnother(long partnerId, Instant now) {
        jdbc.sql("select id from partner where id = ? for update").param(partnerId).query(Long.class).single();
        int recent = jdbc.sql("select count(*) from password_reset where partner_id = ? and created_at > ?")
                .params(partnerId, now.minus(VALID_FOR).atOffset(ZoneOffset.UTC)).query(Integer.class).single();
        return recent < LINKS_PER_WINDOW;
    }

    /** Whether the link can still be used (the page asks before showing the form). */
    public boolean usable(String token) {
        return partnerOf(token, false).isPresent();
    }

    @Transactional
    public void reset(String token, String newPassword) {
        long partnerId = partnerOf(token, true).orElseThrow(() -> new InvalidInputException("token", EXPIRED));
        PartnerPrincipal partner = partners.findPrincipalById(partnerId).orElseThrow();
        policy.problemWith(newPassword, partner.email())
                .ifPresent(p -> { throw new InvalidInputException("newPassword", p); });
        jdbc.sql("update password_reset set used_at = ? where token_hash = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), hash(token)).update();
        // Every other link of theirs goes too: the newest reset is the one that counts.
        jdbc.sql("update password_reset set used_at = ? where partner_id = ? and used_at is null")
                .params(clock.instant().atOffset(ZoneOffset.UTC), partnerId).update();
        partners.updatePasswordHash(partnerId, encoder.encode(newPassword));
        apiTokens.revokeAll(partnerId);
        String username = partner.getUsername();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
            }
        });
    }

    private Optional<Long> partnerOf(String token, boolean lock) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select partner_id from password_reset where token_hash = ? and used_at is null "
                        + "and expires_at > ?" + (lock ? " for update" : ""))
                .params(hash(token), clock.instant().atOffset(ZoneOffset.UTC)).query(Long.class).optional();
    }

    private static byte[] hash(String token) {
        return SecretTokens.hash(token);
    }
}
