package app.tandem.load;

import static app.tandem.load.Rows.at;
import static app.tandem.load.Rows.instant;

import app.tandem.kernel.SqlList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hand-overs. Statuses come from {@link Handover.Status} and {@link HandoverAction}, never typed into SQL. */
@Repository
class HandoverRepository {

    private static final String SELECT = """
            select h.id, h.item_id, i.title, h.noticing, h.planning, h.doing, h.from_owner, h.to_owner, h.status,
                   h.proposed_at, h.answered_at
            from load_handover h join load_item i on i.id = h.item_id""";
    private static final String OPEN = "h.status in " + SqlList.of(Handover.Status.OPEN);

    private final JdbcClient jdbc;

    HandoverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long coupleId, long itemId, List<Phase> phases, Owner from, Owner to, Instant now) {
        return jdbc.sql("""
                        insert into load_handover (couple_id, item_id, noticing, planning, doing, from_owner, to_owner,
                                                   status, proposed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, itemId, phases.contains(Phase.NOTICING), phases.contains(Phase.PLANNING),
                        phases.contains(Phase.DOING), from.name(), to.name(), HandoverAction.PROPOSE.leadsTo().name(),
                        at(now))
                .query(Long.class).single();
    }

    Optional<Handover> find(long coupleId, long handoverId) {
        return jdbc.sql(SELECT + " where h.couple_id = ? and h.id = ?")
                .params(coupleId, handoverId).query(HandoverRepository::handover).optional();
    }

    Optional<Handover> lock(long coupleId, long handoverId) {
        return jdbc.sql(SELECT + " where h.couple_id = ? and h.id = ? for update of h")
                .params(coupleId, handoverId).query(HandoverRepository::handover).optional();
    }

    List<Handover> open(long coupleId) {
        return jdbc.sql(SELECT + " where h.couple_id = ? and " + OPEN + " order by h.proposed_at, h.id")
                .param(coupleId).query(HandoverRepository::handover).list();
    }

    boolean hasOpen(long coupleId, long itemId) {
        return jdbc.sql("select exists (select 1 from load_handover h where h.couple_id = ? and h.item_id = ? and "
                        + OPEN + ")")
                .params(coupleId, itemId).query(Boolean.class).single();
    }

    void linkNeed(long coupleId, long handoverId, long needId) {
        jdbc.sql("update load_handover set need_id = ? where couple_id = ? and id = ?")
                .params(needId, coupleId, handoverId).update();
    }

    Optional<Long> openForNeed(long coupleId, long needId) {
        return jdbc.sql("select h.id from load_handover h where h.couple_id = ? and h.need_id = ? and " + OPEN)
                .params(coupleId, needId).query(Long.class).optional();
    }

    /** Moves the hand-over to {@code status}: the target its transition leads to. */
    void answer(long coupleId, long handoverId, Handover.Status status, Instant now) {
        jdbc.sql("update load_handover set status = ?, answered_at = ? where couple_id = ? and id = ?")
                .params(status.name(), at(now), coupleId, handoverId).update();
    }

    /** An archived item's open hand-over lapses ({@link HandoverAction#LAPSE}). */
    void lapse(long coupleId, long itemId, Instant now) {
        jdbc.sql("update load_handover h set status = ?, answered_at = ? where h.couple_id = ? and h.item_id = ? "
                        + "and h.status in " + SqlList.of(HandoverAction.LAPSE.statuses()))
                .params(HandoverAction.LAPSE.leadsTo().name(), at(now), coupleId, itemId).update();
    }

    private static Handover handover(ResultSet rs, int n) throws SQLException {
        List<Phase> phases = Arrays.stream(Phase.values())
                .filter(p -> {
                    try {
                        return rs.getBoolean(p.name().toLowerCase());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        return new Handover(rs.getLong("id"), rs.getLong("item_id"), rs.getString("title"), phases,
                Owner.valueOf(rs.getString("from_owner")), Owner.valueOf(rs.getString("to_owner")),
                Handover.Status.valueOf(rs.getString("status")), instant(rs, "proposed_at"),
                instant(rs, "answered_at"));
    }
}
