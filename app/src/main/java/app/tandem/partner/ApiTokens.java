package app.tandem.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the JSON API. Only a SHA-256 of each token is stored; the token itself
 * is shown once, when it is issued. (A fast hash is enough: tokens are 256 random bits.)
 */
@Component
public class ApiTokens {

    /** A token as issued: its id (to revoke it) and the secret the client sends. */
    public record IssuedToken(long id, String token) {}

    /** Whose a live token is. */
    record TokenOwner(long tokenId, long partnerId) {}

    private static final String PREFIX = "tdm_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IssuedToken issue(long partnerId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("insert into api_token (partner_id, token_hash) values (?, ?) returning id")
                .params(partnerId, sha256(token)).query(Long.class).single();
        return new IssuedToken(id, token);
    }

    Optional<TokenOwner> lookUp(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, partner_id from api_token where token_hash = ? and revoked_at is null")
                .param(sha256(token))
                .query((rs, n) -> new TokenOwner(rs.getLong("id"), rs.getLong("partner_id")))
                .optional();
    }

    /** @return whether the partner had such a live token */
    boolean revoke(long partnerId, long tokenId) {
        return jdbc.sql("update api_token set revoked_at = now() where id = ? and partner_id = ? and revoked_at is null")
                .params(tokenId, partnerId).update() == 1;
    }

    void revokeAll(long partnerId) {
        jdbc.sql("update api_token set revoked_at = now() where partner_id = ? and revoked_at is null")
                .param(partnerId).update();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
