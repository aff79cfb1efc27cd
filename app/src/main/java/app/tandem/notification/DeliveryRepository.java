package app.tandem.notification;

import app.tandem.notification.DeliveryChannel.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Delivery state per inbox entry and channel. A claim is a transaction-scoped advisory lock per
 * recipient and channel (tried, never waited for) and then row locks on their pending rows, so
 * two nodes never send the same entry, nor split one partner's group in two.
 */
@Repository
class DeliveryRepository {

    private static final String PENDING = "d.delivered_at is null and d.given_up_at is null";

    /** One pending row of a group, with the entry it brings. */
    record Pending(long deliveryId, int attempts, Notification entry) {}

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long notificationId, long recipientId, Channel channel, boolean digest, Instant due) {
        jdbc.sql("""
                        insert into delivery (notification_id, recipient_id, channel, digest, due_at)
                        values (?, ?, ?, ?, ?) on conflict (notification_id, channel) do nothing""")
                .params(notificationId, recipientId, channel.name(), digest, at(due)).update();
    }

    /** A recipient with something due on the channel, other than those already tried this round. */
    Optional<Long> dueRecipient(Channel channel, Instant now, Collection<Long> skip) {
        String notSkipped = skip.isEmpty() ? "" : " and d.recipient_id not in (:skip)";
        var sql = jdbc.sql("select d.recipient_id from delivery d where d.channel = :channel and " + PENDING
                        + " and d.due_at <= :now" + notSkipped + " order by d.due_at limit 1")
                .param("channel", channel.name()).param("now", at(now));
        if (!skip.isEmpty()) {
            sql = sql.param("skip", List.copyOf(skip));
        }
        return sql.query(Long.class).optional();
    }

    /**
     * The recipient's deliveries on this channel are this transaction's until it ends, or false
     * when another node has them: one group at a time per partner, never split between nodes.
     */
    boolean lock(Channel channel, long recipientId) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?), ?::int)")
                .params("delivery:" + channel.name(), recipientId).query(Boolean.class).single());
    }

    /**
     * The recipient's group: what is due now, and what came within the grouping window (so a
     * burst becomes one message); a digest row waits for its own hour.
     */
    List<Pending> group(long recipientId, Channel channel, Instant now, Instant horizon) {
        return jdbc.sql("""
                        select d.id, d.attempts, n.id, n.kind, p.display_name, n.thread_path, n.created_at, n.read_at
                        from delivery d join notification n on n.id = d.notification_id
                        left join partner p on p.id = n.actor_id
                        where d.recipient_id = :recipient and d.channel = :channel and\s""" + PENDING + """
                         and (d.due_at <= :now or (not d.digest and d.due_at <= :horizon))
                        order by n.id for update of d""")
                .param("recipient", recipientId).param("channel", channel.name())
                .param("now", at(now)).param("horizon", at(horizon))
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getInt(2), entry(rs))).list();
    }

    void delivered(List<Long> ids, Instant now) {
        jdbc.sql("update delivery set delivered_at = :now, attempts = attempts + 1 where id in (:ids)")
                .param("now", at(now)).param("ids", ids).update();
    }

    /** One more failed attempt: try again at {@code next}, or give up after {@code maxAttempts}. */
    void failed(List<Long> ids, Instant next, Instant now, int maxAttempts) {
        jdbc.sql("update delivery set attempts = attempts + 1, due_at = :next where id in (:ids)")
                .param("next", at(next)).param("ids", ids).update();
        jdbc.sql("update delivery set given_up_at = :now where id in (:ids) and attempts >= :max")
                .param("now", at(now)).param("ids", ids).param("max", maxAttempts).update();
    }

    private static Notification entry(ResultSet rs) throws SQLException {
        return new Notification(rs.getLong(3), NotificationKind.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), instant(rs, 7), instant(rs, 8));
    }

    static List<Long> ids(List<Pending> group) {
        List<Long> ids = new ArrayList<>();
        group.forEach(p -> ids.add(p.deliveryId()));
        return ids;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
