package app.tandem.bid;

import app.tandem.kernel.SqlList;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bids, always scoped by couple and served by an index on couple_id. */
@Repository
class BidRepository {

    private static final String OPEN = SqlList.of(BidStatus.OPEN);
    private static final String COLUMNS = "id, couple_id, bidder_id, text, status, created_at, response_text, "
            + "response_labels, responded_at";

    private final JdbcClient jdbc;

    BidRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long coupleId, long bidderId, String text, Instant now) {
        return jdbc.sql("insert into bid (couple_id, bidder_id, text, status, created_at) values (?, ?, ?, " + OPEN + ", ?) "
                        + "returning id")
                .params(coupleId, bidderId, text, at(now)).query(Long.class).single();
    }

    Optional<Bid> find(long id, long coupleId) {
        return jdbc.sql("select " + COLUMNS + " from bid where id = ? and couple_id = ?").params(id, coupleId)
                .query((rs, n) -> bid(rs)).optional();
    }

    Optional<Bid> lock(long id, long coupleId) {
        return jdbc.sql("select " + COLUMNS + " from bid where id = ? and couple_id = ? for update").params(id, coupleId)
                .query((rs, n) -> bid(rs)).optional();
    }

    void respond(long id, BidStatus status, String text, List<String> labels, Instant now) {
        jdbc.sql("update bid set status = ?, response_text = ?, response_labels = string_to_array(?, ','), "
                        + "responded_at = ? where id = ?")
                .params(status.name(), text, String.join(",", labels), at(now), id).update();
    }

    List<Bid> open(long coupleId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from bid where couple_id = ? and status = " + OPEN + " "
                        + "order by created_at desc limit ?")
                .params(coupleId, limit).query((rs, n) -> bid(rs)).list();
    }

    /**
     * Home's bids in one round trip: the open ones, then the latest answered; each part reads its
     * own index. The limits are constants in the text: as parameters, PostgreSQL re-planned the
     * statement on every call.
     */
    List<Bid> openAndAnswered(long coupleId) {
        return jdbc.sql("(select " + COLUMNS + " from bid where couple_id = ? and status = " + OPEN + " "
                        + "order by created_at desc limit " + BidService.OPEN_LIMIT + ") union all (select " + COLUMNS
                        + " from bid where couple_id = ? and status <> " + OPEN + " order by created_at desc, id desc limit "
                        + BidService.ANSWERED_SHOWN + ")")
                .params(coupleId, coupleId).query((rs, n) -> bid(rs)).list();
    }

    List<Bid> recent(long coupleId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from bid where couple_id = ? order by created_at desc, id desc "
                        + "limit ? offset ?")
                .params(coupleId, limit, offset).query((rs, n) -> bid(rs)).list();
    }

    private static Bid bid(ResultSet rs) throws SQLException {
        return new Bid(rs.getLong("id"), rs.getLong("couple_id"), rs.getLong("bidder_id"), rs.getString("text"),
                BidStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), rs.getString("response_text"),
                labels(rs.getArray("response_labels")), instant(rs, "responded_at"));
    }

    private static List<String> labels(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
