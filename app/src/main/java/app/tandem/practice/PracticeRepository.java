package app.tandem.practice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A partner's own practice rows: always read and written by their id alone. */
@Repository
class PracticeRepository {

    private static final String CARD = """
            select c.small_asks_weekly, coalesce(c.life_of_my_own, false) life_of_my_own,
                   (select count(*) from small_ask where private_to = :me and sent_at >= :week) asks,
                   not exists (select 1 from check_in where private_to = :me and taken_at > :checkInSince) check_in_due,
                   not exists (select 1 from appreciation where from_id = :me and created_at >= :appreciatedSince) appreciation_due,
                   p.id plan_id, p.text plan_text, p.planned_for, p.created_at plan_created_at,
                   s.id meeting_id, s.scheduled_for, s.created_at meeting_created_at
            from (select 1) one
            left join practice_choice c on c.private_to = :me
            left join lateral (select id, text, planned_for, created_at from own_plan
                               where private_to = :me and done_at is null order by created_at desc limit 1) p on true
            left join lateral (select id, scheduled_for, created_at from state_of_us
                               where couple_id = :couple and closed_at is null
                               order by coalesce(scheduled_for, created_at), id limit 1) s on true""";

    private final JdbcClient jdbc;

    PracticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PracticeChoice choice(long partnerId) {
        return jdbc.sql("select small_asks_weekly, life_of_my_own from practice_choice where private_to = ?")
                .param(partnerId)
                .query((rs, n) -> new PracticeChoice((Integer) rs.getObject("small_asks_weekly"),
                        rs.getBoolean("life_of_my_own")))
                .optional().orElse(PracticeChoice.NONE);
    }

    void choose(long partnerId, PracticeChoice choice, Instant now) {
        jdbc.sql("insert into practice_choice (private_to, small_asks_weekly, life_of_my_own, updated_at) "
                        + "values (?, ?, ?, ?) on conflict (private_to) do update set "
                        + "small_asks_weekly = excluded.small_asks_weekly, life_of_my_own = excluded.life_of_my_own, "
                        + "updated_at = excluded.updated_at")
                .params(partnerId, choice.smallAsksWeekly(), choice.lifeOfMyOwn(), Rows.at(now)).update();
    }

    void smallAskSent(long partnerId, String threadPath, Instant now) {
        jdbc.sql("insert into small_ask (private_to, thread_path, sent_at) values (?, ?, ?)")
                .params(partnerId, threadPath, Rows.at(now)).update();
    }

    int smallAsksSince(long partnerId, Instant since) {
        return jdbc.sql("select count(*) from small_ask where private_to = ? and sent_at >= ?")
                .params(partnerId, Rows.at(since)).query(Integer.class).single();
    }

    long insertPlan(long partnerId, PlanOwn plan, Instant now) {
        return jdbc.sql("insert into own_plan (private_to, text, planned_for, created_at) values (?, ?, ?, ?) "
                        + "returning id")
                .params(partnerId, plan.text(), plan.plannedFor() == null ? null : Date.valueOf(plan.plannedFor()),
                        Rows.at(now))
                .query(Long.class).single();
    }

    Optional<OwnPlan> plan(long id, long partnerId) {
        return jdbc.sql("select id, text, planned_for, created_at, done_at from own_plan where id = ? and private_to = ?")
                .params(id, partnerId).query((rs, n) -> plan(rs)).optional();
    }

    void markDone(long id, Instant now) {
        jdbc.sql("update own_plan set done_at = coalesce(done_at, ?) where id = ?").params(Rows.at(now), id).update();
    }

    List<OwnPlan> plans(long partnerId, int limit) {
        return jdbc.sql("select id, text, planned_for, created_at, done_at from own_plan where private_to = ? "
                        + "order by done_at is not null, coalesce(done_at, created_at) desc, id desc limit ?")
                .params(partnerId, limit).query((rs, n) -> plan(rs)).list();
    }

    /**
     * The weeks (Monday to Sunday where the partner lives) in which they practised anything: a
     * small ask, a plan of their own done, an appreciation sent. Distinct weeks, counted over all
     * time. Weeks are cut at the zone's offset of today: PostgreSQL needs no tzdata, and a DST
     * change moves a Monday-midnight edge by an hour at most.
     */
    int weeksPractised(long partnerId, ZoneOffset offset) {
        return jdbc.sql("""
                        select count(distinct date_trunc('week', (t at time zone 'UTC') + make_interval(secs => :offset)))
                        from (
                            select sent_at t from small_ask where private_to = :me
                            union all select done_at from own_plan where private_to = :me and done_at is not null
                            union all select created_at from appreciation where from_id = :me) practised""")
                .param("me", partnerId).param("offset", offset.getTotalSeconds()).query(Integer.class).single();
    }

    /**
     * Home's practice card in one statement: the choice, this week's small asks, whether a
     * check-in or an appreciation is due (none since the given instants), the plan of one's own
     * still ahead, and the couple's next open state of us.
     */
    PracticeCard card(long partnerId, long coupleId, Instant weekStart, Instant checkInSince, Instant appreciatedSince) {
        return jdbc.sql(CARD).param("me", partnerId).param("couple", coupleId).param("week", Rows.at(weekStart))
                .param("checkInSince", Rows.at(checkInSince)).param("appreciatedSince", Rows.at(appreciatedSince))
                .query((rs, n) -> card(rs, coupleId)).single();
    }

    private static OwnPlan plan(ResultSet rs) throws SQLException {
        Date day = rs.getDate("planned_for");
        LocalDate plannedFor = day == null ? null : day.toLocalDate();
        return new OwnPlan(rs.getLong("id"), rs.getString("text"), plannedFor, Rows.instant(rs, "created_at"),
                Rows.instant(rs, "done_at"));
    }

    private static PracticeCard card(ResultSet rs, long coupleId) throws SQLException {
        PracticeChoice choice = new PracticeChoice((Integer) rs.getObject("small_asks_weekly"), rs.getBoolean("life_of_my_own"));
        Optional<OwnPlan> plan = Optional.empty();
        if (choice.lifeOfMyOwn() && rs.getObject("plan_id") != null) {
            Date day = rs.getDate("planned_for");
            plan = Optional.of(new OwnPlan(rs.getLong("plan_id"), rs.getString("plan_text"),
                    day == null ? null : day.toLocalDate(), Rows.instant(rs, "plan_created_at"), null));
        }
        Optional<StateOfUs> meeting = rs.getObject("meeting_id") == null ? Optional.empty()
                : Optional.of(new StateOfUs(rs.getLong("meeting_id"), coupleId, Rows.instant(rs, "scheduled_for"), null,
                        Rows.instant(rs, "meeting_created_at"), null, List.of()));
        return new PracticeCard(choice, choice.smallAsks() ? rs.getInt("asks") : 0, plan, rs.getBoolean("check_in_due"),
                rs.getBoolean("appreciation_due"), meeting);
    }
}
