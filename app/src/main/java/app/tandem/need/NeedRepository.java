package app.tandem.need;

import app.tandem.kernel.SqlList;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Needs and their reflections. Every query is scoped by couple and served by an index on couple_id. */
@Repository
class NeedRepository {

    private static final String COLUMNS = """
            id, couple_id, asker_id, status, feeling, because, request, when_at, when_period, sent_labels,
            created_at, updated_at, sent_at, answer_kind, answer_text, answer_when_at, answer_labels, answered_at,
            answer_when_period, followed_up_at, thanks, recurrence""";
    private static final String SUMMARY_COLUMNS = "id, asker_id, status, feeling, request, when_at, when_period, updated_at";

    private static final String DRAFT = SqlList.of(NeedStatus.DRAFT);
    private static final String NOT_OPEN = SqlList.of(NeedStatus.NOT_OPEN);

    private final JdbcClient jdbc;

    NeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(long coupleId, long askerId, NeedText text, Instant now) {
        return jdbc.sql("""
                        insert into need (couple_id, asker_id, status, feeling, because, request, when_at, when_period,
                                          created_at, updated_at, recurrence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, askerId, NeedStatus.DRAFT.name(), text.feeling(), text.because(), text.request(), at(text.when().at()),
                        period(text.when()), at(now), at(now), text.recurrence().name())
                .query(Long.class).single();
    }

    void updateDraft(long id, NeedText text, Instant now) {
        jdbc.sql("""
                        update need set feeling = ?, because = ?, request = ?, when_at = ?, when_period = ?, updated_at = ?,
                               recurrence = ?
                        where id = ?""")
                .params(text.feeling(), text.because(), text.request(), at(text.when().at()), period(text.when()),
                        at(now), text.recurrence().name(), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from need where id = ?").param(id).update();
    }

    /** The need, locked until the transaction ends, so two actions on it happen one after the other. */
    Optional<Need> lock(long id, long coupleId) {
        return jdbc.sql("select " + COLUMNS + " from need where id = ? and couple_id = ? for update").params(id, coupleId)
                .query((rs, n) -> need(rs, reflections(id))).optional().map(n -> n.withOccurrences(occurrences(id)));
    }

    /** The need with its reflections in one round trip: a need's page is read far more often than written. */
    Optional<Need> find(long id, long coupleId) {
        List<NeedRow> rows = jdbc.sql("select n.*, r.id as r_id, r.text as r_text, r.created_at as r_created_at, "
                        + "r.confirmed as r_confirmed, r.clarification as r_clarification, r.resolved_at as r_resolved_at "
                        + "from (select " + COLUMNS + " from need where id = ? and couple_id = ?) n "
                        + "left join reflection r on r.need_id = n.id order by r.id")
                .params(id, coupleId)
                .query((rs, n) -> new NeedRow(n == 0 ? need(rs, List.of()) : null, rs.getObject("r_id") == null ? null
                        : new Reflection(rs.getLong("r_id"), rs.getString("r_text"), instant(rs, "r_created_at"),
                                (Boolean) rs.getObject("r_confirmed"), rs.getString("r_clarification"),
                                instant(rs, "r_resolved_at"))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Need need = rows.get(0).need().withReflections(rows.stream().map(NeedRow::reflection).filter(Objects::nonNull).toList());
        // Only a recurring need has occurrences: a one-off costs no second query.
        return Optional.of(need.recurring() ? need.withOccurrences(occurrences(id)) : need);
    }

    /** One row of {@link #find}: the need's columns (read from the first row only) and a reflection, if any. */
    private record NeedRow(Need need, Reflection reflection) {}

    private List<Reflection> reflections(long needId) {
        return jdbc.sql("""
                        select id, text, created_at, confirmed, clarification, resolved_at
                        from reflection where need_id = ? order by id""")
                .param(needId)
                .query((rs, n) -> new Reflection(rs.getLong(1), rs.getString(2), instant(rs, 3),
                        (Boolean) rs.getObject(4), rs.getString(5), instant(rs, 6)))
                .list();
    }

    void send(long id, NeedStatus status, List<String> labels, Instant now) {
        jdbc.sql("update need set status = ?, sent_labels = string_to_array(?, ','), sent_at = ?, updated_at = ? "
                        + "where id = ?")
                .params(status.name(), String.join(",", labels), at(now), at(now), id).update();
    }

    void setStatus(long id, NeedStatus status, Instant now) {
        jdbc.sql("update need set status = ?, updated_at = ? where id = ?").params(status.name(), at(now), id).update();
    }

    void insertReflection(long needId, String text, Instant now) {
        jdbc.sql("insert into reflection (need_id, text, created_at) values (?, ?, ?)")
                .params(needId, text, at(now)).update();
    }

    void resolveReflection(long reflectionId, boolean confirmed, String clarification, Instant now) {
        jdbc.sql("update reflection set confirmed = ?, clarification = ?, resolved_at = ? where id = ?")
                .params(confirmed, clarification, at(now), reflectionId).update();
    }

    void answer(long id, NeedStatus status, AnswerKind kind, String text, When when, List<String> labels,
            Instant now) {
        jdbc.sql("""
                        update need set status = ?, answer_kind = ?, answer_text = ?, answer_when_at = ?,
                               answer_when_period = ?, answer_labels = string_to_array(?, ','), answered_at = ?,
                               updated_at = ?
                        where id = ?""")
                .params(status.name(), kind.name(), text, at(when.at()), period(when),
                        String.join(",", labels), at(now), at(now), id)
                .update();
    }

    void followThrough(long id, NeedStatus outcome, Instant now) {
        jdbc.sql("update need set status = ?, followed_up_at = ?, updated_at = ? where id = ?")
                .params(outcome.name(), at(now), at(now), id).update();
    }

    void insertOccurrence(long needId, int number, FollowThrough outcome, Instant now) {
        jdbc.sql("insert into need_occurrence (need_id, number, outcome, marked_at) values (?, ?, ?, ?)")
                .params(needId, number, outcome.name(), at(now)).update();
        jdbc.sql("update need set updated_at = ? where id = ?").params(at(now), needId).update();
    }

    private List<Occurrence> occurrences(long needId) {
        return jdbc.sql("select number, outcome, marked_at from need_occurrence where need_id = ? order by number")
                .param(needId)
                .query((rs, n) -> new Occurrence(rs.getInt(1), FollowThrough.valueOf(rs.getString(2)), instant(rs, 3)))
                .list();
    }

    void thank(long id, String thanks, Instant now) {
        jdbc.sql("update need set thanks = ?, thanked_at = ?, updated_at = ? where id = ?")
                .params(thanks, at(now), at(now), id).update();
    }

    /**
     * What home's "waiting" lists and drafts show, in one round trip: the couple's needs not yet
     * settled (not drafts), then the asker's own drafts; each part reads its own index.
     */
    List<NeedSummary> openAndDrafts(long coupleId, long askerId, int limit) {
        return jdbc.sql("(select " + SUMMARY_COLUMNS + " from need where couple_id = ? "
                        + "and status not in " + NOT_OPEN + " order by updated_at desc limit ?) "
                        + "union all (select " + SUMMARY_COLUMNS + " from need where couple_id = ? and status = " + DRAFT + " "
                        + "and asker_id = ? order by updated_at desc, id desc limit ?)")
                .params(coupleId, limit, coupleId, askerId, limit).query((rs, n) -> summary(rs)).list();
    }

    List<NeedSummary> drafts(long coupleId, long askerId, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from need where couple_id = ? and status = " + DRAFT + " "
                        + "and asker_id = ? order by updated_at desc, id desc limit ?")
                .params(coupleId, askerId, limit).query((rs, n) -> summary(rs)).list();
    }

    /** Sent needs, newest first, optionally of one status; one page of {@code limit}. */
    List<NeedSummary> history(long coupleId, NeedStatus status, int limit, int offset) {
        if (status == null) {
            return jdbc.sql("select " + SUMMARY_COLUMNS + " from need where couple_id = ? and status <> " + DRAFT + " "
                            + "order by updated_at desc, id desc limit ? offset ?")
                    .params(coupleId, limit, offset).query((rs, n) -> summary(rs)).list();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from need where couple_id = ? and status = ? "
                        + "order by updated_at desc, id desc limit ? offset ?")
                .params(coupleId, status.name(), limit, offset).query((rs, n) -> summary(rs)).list();
    }

    private static NeedSummary summary(ResultSet rs) throws SQLException {
        return new NeedSummary(rs.getLong("id"), rs.getLong("asker_id"), NeedStatus.valueOf(rs.getString("status")),
                rs.getString("feeling"), rs.getString("request"),
                when(instant(rs, "when_at"), rs.getString("when_period")), instant(rs, "updated_at"));
    }

    private static Need need(ResultSet rs, List<Reflection> reflections) throws SQLException {
        String answerKind = rs.getString("answer_kind");
        Optional<Answer> answer = Optional.empty();
        if (answerKind != null) {
            When answerWhen = when(instant(rs, "answer_when_at"), rs.getString("answer_when_period"));
            answer = Optional.of(new Answer(AnswerKind.valueOf(answerKind), rs.getString("answer_text"),
                    answerWhen, labels(rs.getArray("answer_labels")), instant(rs, "answered_at")));
        }
        return new Need(rs.getLong("id"), rs.getLong("couple_id"), rs.getLong("asker_id"),
                NeedStatus.valueOf(rs.getString("status")), rs.getString("feeling"), rs.getString("because"),
                rs.getString("request"), when(instant(rs, "when_at"), rs.getString("when_period")),
                labels(rs.getArray("sent_labels")), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "sent_at"), answer, instant(rs, "followed_up_at"), rs.getString("thanks"), reflections,
                Recurrence.valueOf(rs.getString("recurrence")), List.of());
    }

    private static When when(Instant at, String period) {
        return new When(at, period == null ? null : When.Period.valueOf(period));
    }

    private static List<String> labels(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String period(When when) {
        return when.period() == null ? null : when.period().name();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
