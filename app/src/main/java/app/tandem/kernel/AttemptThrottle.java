package app.tandem.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed attempts (sign-ins, invite codes) per key in a sliding window. Kept in
 * PostgreSQL so that every app node behind a load balancer sees the same count.
 */
@Component
public class AttemptThrottle {

    /** At most {@code attempts} failures per {@code window}. */
    public record Limit(int attempts, Duration window) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Throws when {@code key} has used up its failures; otherwise does nothing. */
    public void check(String key, Limit limit) {
        Instant now = clock.instant();
        // The limit-th most recent failure in the window: while it is in the window, the key waits.
        Optional<OffsetDateTime> oldestCounted = jdbc.sql("""
                        select failed_at from sign_in_failure
                        where throttle_key = :key and failed_at > :since
                        order by failed_at desc offset :skip limit 1""")
                .param("key", key)
                .param("since", at(now.minus(limit.window())))
                .param("skip", limit.attempts() - 1)
                .query(OffsetDateTime.class)
                .optional();
        if (oldestCounted.isPresent()) {
            Instant retryAt = oldestCounted.get().toInstant().plus(limit.window());
            throw new TooManyAttemptsException(retryAt, Duration.between(now, retryAt));
        }
    }

    @Transactional
    public void recordFailure(String key, Limit limit) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where throttle_key = :key and failed_at <= :since")
                .param("key", key).param("since", at(now.minus(limit.window()))).update();
        jdbc.sql("insert into sign_in_failure (throttle_key, failed_at) values (:key, :at)")
                .param("key", key).param("at", at(now)).update();
    }

    public void clear(String key) {
        jdbc.sql("delete from sign_in_failure where throttle_key = :key").param("key", key).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
