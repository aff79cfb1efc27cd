package app.tandem.load;

import java.util.stream.Collectors;
import java.time.ZoneId;
import static app.tandem.load.Rows.at;
import static app.tandem.load.Rows.carried;
import static app.tandem.load.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Load items and the done log. Every query is scoped by couple id; another couple's rows are never read. */
@Repository
class LoadRepository {

    private static final String ITEM_COLUMNS = "id, catalogue_key, title, area, cadence, every_days, minutes, "
            + "noticing, planning, doing, done_means";

    private final JdbcClient jdbc;

    LoadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LoadItem> items(long coupleId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from load_item where couple_id = ? and archived_at is null "
                        + "order by area, lower(title), id")
                .param(coupleId).query(LoadRepository::item).list();
    }

    Optional<LoadItem> item(long coupleId, long itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from load_item where couple_id = ? and id = ? and archived_at is null")
                .params(coupleId, itemId).query(LoadRepository::item).optional();
    }

    Optional<LoadItem> lockItem(long coupleId, long itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from load_item where couple_id = ? and id = ? and archived_at is null "
                        + "for update")
                .params(coupleId, itemId).query(LoadRepository::item).optional();
    }

    List<String> pickedCatalogueKeys(long coupleId) {
        return jdbc.sql("select catalogue_key from load_item where couple_id = ? and archived_at is null "
                        + "and catalogue_key is not null")
                .param(coupleId).query(String.class).list();
    }

    long insertItem(long coupleId, LoadItem item, Instant now) {
        return jdbc.sql("""
                        insert into load_item (couple_id, catalogue_key, title, area, cadence, every_days, minutes,
                                               noticing, planning, doing, done_means, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, item.catalogueKey(), item.title(), item.area().name(), item.cadence().name(),
                        item.everyDays(), item.minutes(), item.noticing().name(), item.planning().name(),
                        item.doing().name(), item.doneMeans(), at(now))
                .query(Long.class).single();
    }

    void updateItem(long coupleId, LoadItem item) {
        jdbc.sql("""
                        update load_item set title = ?, area = ?, cadence = ?, every_days = ?, minutes = ?,
                               noticing = ?, planning = ?, doing = ?, done_means = ?
                        where couple_id = ? and id = ?""")
                .params(item.title(), item.area().name(), item.cadence().name(), item.everyDays(), item.minutes(),
                        item.noticing().name(), item.planning().name(), item.doing().name(), item.doneMeans(),
                        coupleId, item.id())
                .update();
    }

    /** Archived, not deleted: the weeks already logged keep their history. */
    void linkToNeed(long coupleId, long itemId, long needId) {
        jdbc.sql("update load_item set need_id = ? where couple_id = ? and id = ?").params(needId, coupleId, itemId)
                .update();
    }

    /** The live (not archived) item a recurring need became. */
    Optional<Long> itemOfNeed(long coupleId, long needId) {
        return jdbc.sql("select id from load_item where couple_id = ? and need_id = ? and archived_at is null")
                .params(coupleId, needId).query(Long.class).optional();
    }

    Optional<Long> needOfItem(long coupleId, long itemId) {
        return jdbc.sql("select need_id from load_item where couple_id = ? and id = ? and need_id is not null")
                .params(coupleId, itemId).query(Long.class).optional();
    }

    void archiveItem(long coupleId, long itemId, Instant now) {
        jdbc.sql("update load_item set archived_at = ? where couple_id = ? and id = ?")
                .params(at(now), coupleId, itemId).update();
    }

    long insertDone(long coupleId, long itemId, Owner doneBy, Instant doneAt, long loggedBy, Instant now,
            Carried carried) {
        return jdbc.sql("""
                        insert into load_done (couple_id, item_id, done_by, done_at, logged_by, logged_at,
                                               mental_a, mental_b, doing_a, doing_b)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, itemId, doneBy.name(), at(doneAt), loggedBy, at(now), carried.mentalA(),
                        carried.mentalB(), carried.doingA(), carried.doingB())
                .query(Long.class).single();
    }

    int deleteDone(long coupleId, long doneId) {
        return jdbc.sql("delete from load_done where couple_id = ? and id = ?").params(coupleId, doneId).update();
    }

    List<Done> recentDone(long coupleId, Instant since, int limit) {
        return jdbc.sql("""
                        select d.id, d.item_id, i.title, d.done_by, d.done_at, d.mental_a, d.mental_b, d.doing_a, d.doing_b
                        from load_done d join load_item i on i.id = d.item_id
                        where d.couple_id = ? and d.done_at >= ?
                        order by d.done_at desc, d.id desc limit ?""")
                .params(coupleId, at(since), limit)
                .query((rs, n) -> new Done(rs.getLong(1), rs.getLong(2), rs.getString(3), Owner.valueOf(rs.getString(4)),
                        instant(rs, 5), carried(rs, 6)))
                .list();
    }

    /**
     * Each ISO week's (Monday-based, UTC) load in [from, to). Reads only that window's rows through
     * load_done_couple_at_idx, so its cost depends on the window, not on the length of history.
     */
    /**
     * What each week carried, the weeks given by their Mondays and cut at midnight in {@code zone}
     * (the asking partner's): the bounds are computed here and sent as arrays, so the database
     * needs no time-zone data of its own, and each week is one range scan of the couple's index.
     */
    List<WeekLoad> weeks(long coupleId, List<LocalDate> mondays, ZoneId zone) {
        String days = mondays.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
        String starts = mondays.stream().map(m -> m.atStartOfDay(zone).toInstant().toString())
                .collect(Collectors.joining(",", "{", "}"));
        String ends = mondays.stream().map(m -> m.plusWeeks(1).atStartOfDay(zone).toInstant().toString())
                .collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                        select w.monday, sum(d.mental_a), sum(d.mental_b), sum(d.doing_a), sum(d.doing_b)
                        from unnest(?::date[], ?::timestamptz[], ?::timestamptz[]) as w(monday, starts, ends)
                        join load_done d on d.couple_id = ? and d.done_at >= w.starts and d.done_at < w.ends
                        group by w.monday order by w.monday""")
                .params(days, starts, ends, coupleId)
                .query((rs, n) -> new WeekLoad(rs.getObject(1, LocalDate.class), carried(rs, 2)))
                .list();
    }

    /** Each item's load in [from, to), for the tilt. */
    List<ItemLoad> itemLoads(long coupleId, Instant from, Instant to) {
        return jdbc.sql("""
                        select d.item_id, i.title, sum(d.mental_a), sum(d.mental_b), sum(d.doing_a), sum(d.doing_b)
                        from load_done d join load_item i on i.id = d.item_id
                        where d.couple_id = ? and d.done_at >= ? and d.done_at < ?
                        group by d.item_id, i.title""")
                .params(coupleId, at(from), at(to))
                .query((rs, n) -> new ItemLoad(rs.getLong(1), rs.getString(2), carried(rs, 3)))
                .list();
    }

    private static LoadItem item(ResultSet rs, int n) throws SQLException {
        return new LoadItem(rs.getLong("id"), rs.getString("catalogue_key"), rs.getString("title"),
                Area.valueOf(rs.getString("area")), Cadence.valueOf(rs.getString("cadence")),
                (Integer) rs.getObject("every_days"), rs.getInt("minutes"), Owner.valueOf(rs.getString("noticing")),
                Owner.valueOf(rs.getString("planning")), Owner.valueOf(rs.getString("doing")),
                rs.getString("done_means"));
    }
}
