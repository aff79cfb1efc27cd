package app.tandem.practice;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-ins, always read by their taker's id (never by couple), and the leanings shared with the couple. */
@Repository
class CheckInRepository {

    private static final String COLUMNS = "id, private_to, version, answers, position, leaning, taken_at";

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long partnerId, List<Integer> answers, int position, Leaning leaning, Instant now) {
        return jdbc.sql("insert into check_in (private_to, version, answers, position, leaning, taken_at) "
                        + "values (?, ?, string_to_array(?, ',')::smallint[], ?, ?, ?) returning id")
                .params(partnerId, CheckInStatements.VERSION, String.join(",", answers.stream().map(String::valueOf)
                        .toList()), position, leaning.name(), Rows.at(now))
                .query(Long.class).single();
    }

    Optional<CheckIn> find(long id, long partnerId) {
        return jdbc.sql("select " + COLUMNS + " from check_in where id = ? and private_to = ?").params(id, partnerId)
                .query((rs, n) -> checkIn(rs)).optional();
    }

    List<CheckIn> history(long partnerId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from check_in where private_to = ? order by taken_at desc, id desc "
                        + "limit ?")
                .params(partnerId, limit).query((rs, n) -> checkIn(rs)).list();
    }

    void share(long coupleId, long partnerId, Leaning leaning, String words, Instant now) {
        jdbc.sql("insert into shared_leaning (couple_id, partner_id, leaning, words, shared_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (couple_id, partner_id) do update set leaning = excluded.leaning, "
                        + "words = excluded.words, shared_at = excluded.shared_at")
                .params(coupleId, partnerId, leaning.name(), words, Rows.at(now)).update();
    }

    void unshare(long coupleId, long partnerId) {
        jdbc.sql("delete from shared_leaning where couple_id = ? and partner_id = ?").params(coupleId, partnerId)
                .update();
    }

    List<SharedLeaning> shared(long coupleId) {
        return jdbc.sql("select partner_id, leaning, words, shared_at from shared_leaning where couple_id = ?")
                .param(coupleId)
                .query((rs, n) -> new SharedLeaning(rs.getLong("partner_id"), Leaning.valueOf(rs.getString("leaning")),
                        rs.getString("words"), Rows.instant(rs, "shared_at")))
                .list();
    }

    private static CheckIn checkIn(ResultSet rs) throws SQLException {
        return new CheckIn(rs.getLong("id"), rs.getLong("private_to"), rs.getInt("version"),
                answers(rs.getArray("answers")), rs.getInt("position"), Leaning.valueOf(rs.getString("leaning")),
                Rows.instant(rs, "taken_at"));
    }

    private static List<Integer> answers(Array array) throws SQLException {
        List<Integer> answers = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            answers.add(((Number) value).intValue());
        }
        return answers;
    }
}
