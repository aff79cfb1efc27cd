package app.tandem.repair;

import app.tandem.kernel.SqlList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hurts with their repair attempts, and reminders. Every query is scoped by couple. */
@Repository
class RepairRepository {

    /** Literals, so that the partial index on open hurts ({@code where status = 'OPEN'}) matches. */
    private static final String OPEN = SqlList.of(HurtStatus.OPEN);
    private static final String REPAIRED = SqlList.of(HurtStatus.REPAIRED);

    private static final String HURT = """
            select h.id, h.named_by, p.display_name, h.subject_kind, h.subject_id, h.what_happened, h.how_i_felt,
                   h.commitment, h.coach_labels, h.status, h.created_at, h.repaired_at
            from hurt h join partner p on p.id = h.named_by
            """;
    private static final String REMINDER = """
            select r.id, r.sent_by, p.display_name, r.need_id, r.commitment, r.message, r.coach_labels, r.created_at,
                   r.acknowledged_at
            from reminder r join partner p on p.id = r.sent_by
            """;

    private final JdbcClient jdbc;

    RepairRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertHurt(long coupleId, long namedBy, HurtText text, List<String> labels, Instant at) {
        return jdbc.sql("""
                        insert into hurt (couple_id, named_by, subject_kind, subject_id, what_happened, how_i_felt,
                                          commitment, coach_labels, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, namedBy, text.subjectKind().name(), text.subjectId(), text.whatHappened(),
                        text.howIFelt(), text.commitment(), labels.toArray(String[]::new), HurtStatus.OPEN.name(), at(at))
                .query(Long.class).single();
    }

    Optional<Hurt> hurt(long coupleId, long hurtId) {
        return withAttempts(jdbc.sql(HURT + " where h.couple_id = ? and h.id = ?").params(coupleId, hurtId)
                .query(RepairRepository::hurtRow).list()).stream().findFirst();
    }

    /** Locks the hurt for a state change, so two answers cannot both land. */
    Optional<Hurt> lockHurt(long coupleId, long hurtId) {
        jdbc.sql("select id from hurt where couple_id = ? and id = ? for update").params(coupleId, hurtId)
                .query(Long.class).optional();
        return hurt(coupleId, hurtId);
    }

    /** Open hurts first, then the most recent; two queries however many there are. */
    List<Hurt> recentHurts(long coupleId, int limit) {
        return withAttempts(jdbc.sql(HURT + " where h.couple_id = ? order by (h.status = " + OPEN + ") desc, "
                        + "h.created_at desc, h.id desc limit ?")
                .params(coupleId, limit).query(RepairRepository::hurtRow).list());
    }

    /**
     * Home's hurts in one round trip, however long the history: every open hurt with its repair
     * attempts, then the last few repaired (without theirs: the board only names them).
     */
    List<Hurt> boardHurts(long coupleId, int openLimit, int repairedLimit) {
        List<Hurt> hurts = jdbc.sql("(" + HURT + " where h.couple_id = ? and h.status = " + OPEN
                        + " order by h.created_at desc, h.id desc limit ?) union all (" + HURT
                        + " where h.couple_id = ? and h.status = " + REPAIRED
                        + " order by h.created_at desc, h.id desc limit ?)")
                .params(coupleId, openLimit, coupleId, repairedLimit).query(RepairRepository::hurtRow).list();
        List<Hurt> open = withAttempts(hurts.stream().filter(h -> h.status() == HurtStatus.OPEN).toList());
        return Stream.concat(open.stream(),
                hurts.stream().filter(h -> h.status() == HurtStatus.REPAIRED)).toList();
    }

    long insertAttempt(long hurtId, long madeBy, RepairText text, List<String> labels, Instant at) {
        return jdbc.sql("""
                        insert into repair_attempt (hurt_id, made_by, acknowledge, apologise, will_do, coach_labels,
                                                    status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(hurtId, madeBy, text.acknowledge(), text.apologise(), text.willDo(),
                        labels.toArray(String[]::new), RepairStatus.PENDING.name(), at(at))
                .query(Long.class).single();
    }

    void answerAttempt(long attemptId, RepairStatus status, String stillNeeded, Instant at) {
        jdbc.sql("update repair_attempt set status = ?, still_needed = ?, answered_at = ? where id = ?")
                .params(status.name(), stillNeeded, at(at), attemptId).update();
    }

    void markRepaired(long hurtId, Instant at) {
        jdbc.sql("update hurt set status = ?, repaired_at = ? where id = ?")
                .params(HurtStatus.REPAIRED.name(), at(at), hurtId).update();
    }

    long insertReminder(long coupleId, long sentBy, Long needId, String commitment, String message, List<String> labels,
            Instant at) {
        return jdbc.sql("""
                        insert into reminder (couple_id, sent_by, need_id, commitment, message, coach_labels, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, sentBy, needId, commitment, message, labels.toArray(String[]::new), at(at))
                .query(Long.class).single();
    }

    Optional<Reminder> reminder(long coupleId, long id) {
        return jdbc.sql(REMINDER + " where r.couple_id = ? and r.id = ?").params(coupleId, id)
                .query(RepairRepository::reminderRow).optional();
    }

    List<Reminder> recentReminders(long coupleId, int limit) {
        return jdbc.sql(REMINDER + " where r.couple_id = ? order by r.created_at desc, r.id desc limit ?")
                .params(coupleId, limit).query(RepairRepository::reminderRow).list();
    }

    boolean acknowledgeReminder(long id, Instant at) {
        return jdbc.sql("update reminder set acknowledged_at = ? where id = ? and acknowledged_at is null")
                .params(at(at), id).update() == 1;
    }

    /** Attaches each hurt's attempts with one query for all of them (no N+1). */
    private List<Hurt> withAttempts(List<Hurt> hurts) {
        if (hurts.isEmpty()) {
            return hurts;
        }
        Collection<Long> ids = hurts.stream().map(Hurt::id).toList();
        Map<Long, List<RepairAttempt>> byHurt = new HashMap<>();
        jdbc.sql("""
                        select hurt_id, id, made_by, acknowledge, apologise, will_do, coach_labels, status, still_needed,
                               created_at, answered_at
                        from repair_attempt where hurt_id in (:ids) order by created_at, id""")
                .param("ids", ids)
                .query(rs -> {
                    byHurt.computeIfAbsent(rs.getLong("hurt_id"), k -> new ArrayList<>()).add(new RepairAttempt(
                            rs.getLong("id"), rs.getLong("made_by"), rs.getString("acknowledge"),
                            rs.getString("apologise"), rs.getString("will_do"), labels(rs),
                            RepairStatus.valueOf(rs.getString("status")), rs.getString("still_needed"),
                            instant(rs, "created_at"), instant(rs, "answered_at")));
                });
        return hurts.stream().map(h -> new Hurt(h.id(), h.namedBy(), h.namedByName(), h.subjectKind(), h.subjectId(),
                h.whatHappened(), h.howIFelt(), h.commitment(), h.coachLabels(), h.status(), h.createdAt(),
                h.repairedAt(), List.copyOf(byHurt.getOrDefault(h.id(), List.of())))).toList();
    }

    private static Hurt hurtRow(ResultSet rs, int row) throws SQLException {
        return new Hurt(rs.getLong("id"), rs.getLong("named_by"), rs.getString("display_name"),
                SubjectKind.valueOf(rs.getString("subject_kind")), (Long) rs.getObject("subject_id"),
                rs.getString("what_happened"), rs.getString("how_i_felt"), rs.getString("commitment"), labels(rs),
                HurtStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "repaired_at"),
                List.of());
    }

    private static Reminder reminderRow(ResultSet rs, int row) throws SQLException {
        return new Reminder(rs.getLong("id"), rs.getLong("sent_by"), rs.getString("display_name"),
                (Long) rs.getObject("need_id"), rs.getString("commitment"), rs.getString("message"), labels(rs),
                instant(rs, "created_at"), instant(rs, "acknowledged_at"));
    }

    private static List<String> labels(ResultSet rs) throws SQLException {
        return List.of((String[]) rs.getArray("coach_labels").getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
