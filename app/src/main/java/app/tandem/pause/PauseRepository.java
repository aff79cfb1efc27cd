package app.tandem.pause;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PauseRepository {

    private static final String SELECT = """
            select x.id, x.thread_kind, x.thread_id, x.paused_by, p.display_name, x.started_at, x.returns_at,
                   x.ended_early_at
            from pause x join partner p on p.id = x.paused_by
            """;

    static final int LATEST = 5;

    private final JdbcClient jdbc;

    PauseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long coupleId, ThreadKind kind, long threadId, long pausedBy, Instant startedAt, Instant returnsAt) {
        return jdbc.sql("""
                        insert into pause (couple_id, thread_kind, thread_id, paused_by, started_at, returns_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, kind.name(), threadId, pausedBy, at(startedAt), at(returnsAt))
                .query(Long.class).single();
    }

    Optional<Pause> byId(long coupleId, long id) {
        return jdbc.sql(SELECT + " where x.couple_id = ? and x.id = ?").params(coupleId, id)
                .query(PauseRepository::pause).optional();
    }

    Optional<Pause> latest(long coupleId, ThreadKind kind, long threadId) {
        return jdbc.sql(SELECT + " where x.couple_id = ? and x.thread_kind = ? and x.thread_id = ? "
                        + "order by x.returns_at desc limit 1")
                .params(coupleId, kind.name(), threadId).query(PauseRepository::pause).optional();
    }

    /**
     * The couple's pauses that ended (or end) last, by the time the thread opened again. The time
     * bound is left to the caller on purpose: with it as a parameter, PostgreSQL planned the
     * statement anew on every call (its generic plan looked dearer than a custom one), which cost
     * home more than the query itself. Ordered by the end, the few that matter come first.
     */
    List<Pause> latest(long coupleId) {
        return jdbc.sql(SELECT + " where x.couple_id = ? order by coalesce(x.ended_early_at, x.returns_at) desc limit "
                        + LATEST)
                .param(coupleId).query(PauseRepository::pause).list();
    }

    void endEarly(long id, Instant at) {
        jdbc.sql("update pause set ended_early_at = ? where id = ?").params(at(at), id).update();
    }

    private static Pause pause(ResultSet rs, int row) throws SQLException {
        return new Pause(rs.getLong("id"), ThreadKind.valueOf(rs.getString("thread_kind")), rs.getLong("thread_id"),
                rs.getLong("paused_by"), rs.getString("display_name"), instant(rs, "started_at"),
                instant(rs, "returns_at"), instant(rs, "ended_early_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
