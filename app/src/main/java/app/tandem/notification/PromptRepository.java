package app.tandem.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Prompts that come due; one row per thread, kind and recipient, claimed with SKIP LOCKED. */
@Repository
class PromptRepository {

    record Due(long id, long coupleId, Long recipientId, NotificationKind kind, String threadPath) {}

    record Told(long notificationId, long recipientId) {}

    private final JdbcClient jdbc;

    PromptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code again}: the thread's prompt of this kind is set (again) for the new time, fired or not
     * (a thread paused twice is invited back twice); otherwise one that exists, even fired, stays
     * (a nudge comes once a thread).
     */
    void schedule(long coupleId, Long recipientId, NotificationKind kind, String threadPath, Instant due, boolean again) {
        String conflict = again
                ? "do update set due_at = excluded.due_at, cancelled_at = null, fired_at = null"
                : "do nothing";
        jdbc.sql("insert into due_prompt (couple_id, recipient_id, kind, thread_path, due_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (thread_path, kind, coalesce(recipient_id, 0)) " + conflict)
                .params(coupleId, recipientId, kind.name(), threadPath, at(due)).update();
    }

    /** The partner acted on the thread: prompts that waited for them to act there are moot. */
    void cancelForActor(long actorId, String threadPath, List<NotificationKind> kinds, Instant now) {
        jdbc.sql("update due_prompt set cancelled_at = :now where thread_path = :path and recipient_id = :actor "
                        + "and kind in (:kinds) and fired_at is null and cancelled_at is null")
                .param("now", at(now)).param("path", threadPath).param("actor", actorId)
                .param("kinds", kinds.stream().map(Enum::name).toList()).update();
    }

    void cancel(String threadPath, NotificationKind kind, Instant now) {
        jdbc.sql("update due_prompt set cancelled_at = ? where thread_path = ? and kind = ? and fired_at is null "
                        + "and cancelled_at is null")
                .params(at(now), threadPath, kind.name()).update();
    }

    List<Due> claimDue(Instant now, int limit) {
        return jdbc.sql("select id, couple_id, recipient_id, kind, thread_path from due_prompt "
                        + "where fired_at is null and cancelled_at is null and due_at <= ? "
                        + "order by due_at limit ? for update skip locked")
                .params(at(now), limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        NotificationKind.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** The inbox entries of a prompt: for its recipient (or both), each naming the other partner. */
    List<Told> tell(Due due, Instant now) {
        return jdbc.sql("""
                        insert into notification (couple_id, recipient_id, actor_id, kind, thread_path, created_at)
                        select m.couple_id, m.partner_id, o.partner_id, :kind, :path, :now from couple_member m
                        left join couple_member o on o.couple_id = m.couple_id and o.partner_id <> m.partner_id
                            and o.left_at is null
                        where m.couple_id = :couple and m.left_at is null
                            and (cast(:recipient as bigint) is null or m.partner_id = :recipient)
                        returning id, recipient_id""")
                .param("kind", due.kind().name()).param("path", due.threadPath()).param("now", at(now))
                .param("couple", due.coupleId()).param("recipient", due.recipientId())
                .query((rs, n) -> new Told(rs.getLong(1), rs.getLong(2))).list();
    }

    void fired(long id, Instant now) {
        jdbc.sql("update due_prompt set fired_at = ? where id = ?").params(at(now), id).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
