package app.tandem.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appreciations and what each brings: the couple's, scoped by couple. */
@Repository
class AppreciationRepository {

    private final JdbcClient jdbc;

    AppreciationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long coupleId, long fromId, String text, Instant now) {
        return jdbc.sql("insert into appreciation (couple_id, from_id, text, created_at) values (?, ?, ?, ?) returning id")
                .params(coupleId, fromId, text, Rows.at(now)).query(Long.class).single();
    }

    Optional<Appreciation> find(long id, long coupleId) {
        return jdbc.sql("select id, from_id, text, created_at from appreciation where id = ? and couple_id = ?")
                .params(id, coupleId).query((rs, n) -> appreciation(rs)).optional();
    }

    List<Appreciation> recent(long coupleId, int limit, int offset) {
        return jdbc.sql("select id, from_id, text, created_at from appreciation where couple_id = ? "
                        + "order by created_at desc, id desc limit ? offset ?")
                .params(coupleId, limit, offset).query((rs, n) -> appreciation(rs)).list();
    }

    List<Appreciation> since(long coupleId, Instant since) {
        return jdbc.sql("select id, from_id, text, created_at from appreciation where couple_id = ? and created_at >= ? "
                        + "order by created_at, id")
                .params(coupleId, Rows.at(since)).query((rs, n) -> appreciation(rs)).list();
    }

    boolean sentSince(long fromId, Instant since) {
        return jdbc.sql("select exists (select 1 from appreciation where from_id = ? and created_at >= ?)")
                .params(fromId, Rows.at(since)).query(Boolean.class).single();
    }

    void saveBrings(long coupleId, long authorId, BringsText text, Instant now) {
        jdbc.sql("insert into what_each_brings (couple_id, author_id, you_bring, i_bring, updated_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (couple_id, author_id) do update set "
                        + "you_bring = excluded.you_bring, i_bring = excluded.i_bring, updated_at = excluded.updated_at")
                .params(coupleId, authorId, text.youBring(), text.iBring(), Rows.at(now)).update();
    }

    List<WhatEachBrings> brings(long coupleId) {
        return jdbc.sql("select author_id, you_bring, i_bring, updated_at from what_each_brings where couple_id = ?")
                .param(coupleId)
                .query((rs, n) -> new WhatEachBrings(rs.getLong("author_id"), rs.getString("you_bring"),
                        rs.getString("i_bring"), Rows.instant(rs, "updated_at")))
                .list();
    }

    private static Appreciation appreciation(ResultSet rs) throws SQLException {
        return new Appreciation(rs.getLong("id"), rs.getLong("from_id"), rs.getString("text"),
                Rows.instant(rs, "created_at"));
    }
}
