package app.tandem.practice;

import app.tandem.couple.CoupleService;
import app.tandem.kernel.LocalTimes;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The practice card on home. Read on every visit rather than kept with home's cached cards:
 * invitations fall due with time, not with the couple's changes. So it is one statement of
 * indexed look-ups, none of which grows with the history.
 */
@Service
public class HomePractice {

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
    private final CoupleService couples;
    private final Clock clock;

    HomePractice(JdbcClient jdbc, CoupleService couples, Clock clock) {
        this.jdbc = jdbc;
        this.couples = couples;
        this.clock = clock;
    }

    public PracticeCard of(long partnerId, LocalTimes times) {
        Instant now = clock.instant();
        long coupleId = couples.coupleOf(partnerId).map(c -> c.id()).orElse(0L);
        return jdbc.sql(CARD).param("me", partnerId).param("couple", coupleId)
                .param("week", Rows.at(PracticeService.weekStart(times, now)))
                .param("checkInSince", Rows.at(now.minus(CheckInService.INVITE_AFTER)))
                .param("appreciatedSince", Rows.at(now.minus(Duration.ofDays(1))))
                .query((rs, n) -> card(rs, coupleId)).single();
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
