package app.tandem.practice;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The couple's state-of-us meetings and their turns, scoped by couple. */
@Repository
class StateOfUsRepository {

    private static final String COLUMNS = "id, couple_id, scheduled_for, issue_speaker, created_at, closed_at";

    private final JdbcClient jdbc;

    StateOfUsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long coupleId, Instant scheduledFor, Instant now) {
        return jdbc.sql("insert into state_of_us (couple_id, scheduled_for, created_at) values (?, ?, ?) returning id")
                .params(coupleId, Rows.at(scheduledFor), Rows.at(now)).query(Long.class).single();
    }

    Optional<StateOfUs> find(long id, long coupleId) {
        return row("select " + COLUMNS + " from state_of_us where id = ? and couple_id = ?", id, coupleId);
    }

    /** Locks the meeting: two partners taking turns at once are served one after the other. */
    Optional<StateOfUs> lock(long id, long coupleId) {
        return row("select " + COLUMNS + " from state_of_us where id = ? and couple_id = ? for update", id, coupleId);
    }

    List<StateOfUs> recent(long coupleId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from state_of_us where couple_id = ? order by created_at desc, id desc "
                        + "limit ?")
                .params(coupleId, limit).query((rs, n) -> meeting(rs, List.of())).list();
    }

    void setSpeaker(long id, long partnerId) {
        jdbc.sql("update state_of_us set issue_speaker = ? where id = ? and issue_speaker is null").params(partnerId, id)
                .update();
    }

    void addTurn(long meetingId, long coupleId, long partnerId, TurnRole role, String text, List<String> labels,
            Instant now) {
        jdbc.sql("insert into state_of_us_turn (meeting_id, couple_id, partner_id, role, text, labels, created_at) "
                        + "values (?, ?, ?, ?, ?, string_to_array(?, ','), ?)")
                .params(meetingId, coupleId, partnerId, role.name(), text, String.join(",", labels), Rows.at(now))
                .update();
    }

    void close(long id, Instant now) {
        jdbc.sql("update state_of_us set closed_at = ? where id = ? and closed_at is null").params(Rows.at(now), id)
                .update();
    }

    private Optional<StateOfUs> row(String sql, long id, long coupleId) {
        return jdbc.sql(sql).params(id, coupleId).query((rs, n) -> meeting(rs, List.of())).optional()
                .map(m -> new StateOfUs(m.id(), m.coupleId(), m.scheduledFor(), m.issueSpeaker(), m.createdAt(),
                        m.closedAt(), turns(m.id())));
    }

    private List<Turn> turns(long meetingId) {
        return jdbc.sql("select id, partner_id, role, text, labels, created_at from state_of_us_turn "
                        + "where meeting_id = ? order by id")
                .param(meetingId)
                .query((rs, n) -> new Turn(rs.getLong("id"), rs.getLong("partner_id"),
                        TurnRole.valueOf(rs.getString("role")), rs.getString("text"), labels(rs.getArray("labels")),
                        Rows.instant(rs, "created_at")))
                .list();
    }

    private static StateOfUs meeting(ResultSet rs, List<Turn> turns) throws SQLException {
        Object speaker = rs.getObject("issue_speaker");
        return new StateOfUs(rs.getLong("id"), rs.getLong("couple_id"), Rows.instant(rs, "scheduled_for"),
                speaker == null ? null : ((Number) speaker).longValue(), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "closed_at"), turns);
    }

    private static List<String> labels(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
