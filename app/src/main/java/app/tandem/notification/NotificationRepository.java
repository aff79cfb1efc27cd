package app.tandem.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners' inboxes. Reads are by recipient and their present couple; each is served by an index. */
@Repository
class NotificationRepository {

    /** The partner's present couple: an inbox shows only what happened in it. */
    private static final String PRESENT_COUPLE =
            "(select couple_id from couple_member where partner_id = :me and left_at is null)";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row for each other member of the couple: today that is the one partner who did not act.
     * Returns each row's id and recipient, for its deliveries.
     */
    List<PromptRepository.Told> insertForOthers(long coupleId, long actorId, NotificationKind kind, String threadPath,
            Instant at) {
        return jdbc.sql("""
                        insert into notification (couple_id, recipient_id, actor_id, kind, thread_path, created_at)
                        select :couple, m.partner_id, :actor, :kind, :path, :at from couple_member m
                        where m.couple_id = :couple and m.left_at is null and m.partner_id <> :actor
                        returning id, recipient_id""")
                .param("couple", coupleId).param("actor", actorId).param("kind", kind.name())
                .param("path", threadPath).param("at", at(at))
                .query((rs, n) -> new PromptRepository.Told(rs.getLong(1), rs.getLong(2))).list();
    }

    List<Notification> page(long partnerId, int limit, int offset) {
        return jdbc.sql("select n.id, n.kind, p.display_name, n.thread_path, n.created_at, n.read_at "
                        + "from notification n left join partner p on p.id = n.actor_id "
                        + "where n.recipient_id = :me and n.couple_id = " + PRESENT_COUPLE
                        + " order by n.id desc limit :limit offset :offset")
                .param("me", partnerId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> notification(rs)).list();
    }

    int unread(long partnerId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null "
                        + "and couple_id = " + PRESENT_COUPLE)
                .param("me", partnerId).query(Integer.class).single();
    }

    /** Marks what waited at this thread read; touches no row (and raises no revision) when nothing did. */
    int markRead(long partnerId, String threadPath, Instant at) {
        return jdbc.sql("update notification set read_at = :at "
                        + "where recipient_id = :me and thread_path = :path and read_at is null")
                .param("at", at(at)).param("me", partnerId).param("path", threadPath).update();
    }

    int markAllRead(long partnerId, Instant at) {
        return jdbc.sql("update notification set read_at = :at where recipient_id = :me and read_at is null")
                .param("at", at(at)).param("me", partnerId).update();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        return new Notification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), instant(rs, 5), instant(rs, 6));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
