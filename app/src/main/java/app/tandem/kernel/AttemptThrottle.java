package app.tandem.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed attempts (sign-ins, password checks, invite codes) per key in a sliding window.
 * Kept in PostgreSQL so that every app node behind a load balancer sees the same count.
 *
 * <p>Atomic: {@link #begin} takes a transaction-scoped advisory lock per key, checks the count
 * and records the attempt before the caller checks the password, all in one short transaction
 * of its own. Ten concurrent guesses at a limit of five get five checks and five 429s, on one
 * node or many. A successful attempt takes its record back ({@link Attempt#succeeded}).
 */
@Component
public class AttemptThrottle {

    /** At most {@code attempts} failures per {@code window}. */
    public record Limit(int attempts, Duration window) {}

    /** A key and the limit it is counted against. */
    public record Counted(String key, Limit limit) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AttemptThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * An attempt in progress, already counted as a failure under each of its keys; a success
     * takes that back.
     */
    public final class Attempt {
        private final List<Long> ids;
        private final List<Counted> keys;

        private Attempt(List<Long> ids, List<Counted> keys) {
            this.ids = ids;
            this.keys = keys;
        }

        /** The attempt was right: its records go, and so do the earlier failures of {@code clearKey}, if given. */
        public void succeeded(String... clearKeys) {
            for (Long id : ids) {
                jdbc.sql("delete from sign_in_failure where id = :id").param("id", id).update();
            }
            for (String key : clearKeys) {
                clear(key);
            }
        }

        /** The attempt was wrong: it stays counted. */
        public void failed() {
            // nothing to do: it was recorded when it began
        }

        List<Counted> keys() {
            return keys;
        }
    }

    /**
     * Counts an attempt under every key, or throws (recording nothing) when any of them has used
     * up its failures.
     */
    public Attempt begin(Counted... counted) {
        List<Counted> keys = new ArrayList<>(List.of(counted));
        keys.sort(Comparator.comparing(Counted::key)); // one lock order everywhere: no deadlock
        List<Long> ids = ownTransaction.execute(status -> {
            Instant now = clock.instant();
            for (Counted c : keys) {
                lock(c.key());
            }
            for (Counted c : keys) {
                throwIfUsedUp(c.key(), c.limit(), now);
            }
            List<Long> recorded = new ArrayList<>();
            for (Counted c : keys) {
                jdbc.sql("delete from sign_in_failure where throttle_key = :key and failed_at <= :since")
                        .param("key", c.key()).param("since", at(now.minus(c.limit().window()))).update();
                recorded.add(jdbc.sql("insert into sign_in_failure (throttle_key, failed_at) values (:key, :at) "
                        + "returning id").param("key", c.key()).param("at", at(now)).query(Long.class).single());
            }
            return recorded;
        });
        return new Attempt(ids, keys);
    }

    /**
     * Throws when {@code key} has used up its failures; otherwise does nothing. Inside a
     * transaction it also locks the key until that transaction ends, so that a
     * {@link #recordFailure} in the same transaction is counted before the next check.
     */
    public void check(String key, Limit limit) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            lock(key);
        }
        throwIfUsedUp(key, limit, clock.instant());
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

    private void lock(String key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 7))) locked")
                .param("key", "throttle:" + key).query(Integer.class).single();
    }

    private void throwIfUsedUp(String key, Limit limit, Instant now) {
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

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
