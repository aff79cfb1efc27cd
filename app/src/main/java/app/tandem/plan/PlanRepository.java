package app.tandem.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The couple's plans, scoped by couple; predictions read by who may read them. */
@Repository
class PlanRepository {

    private static final String COLUMNS = "id, couple_id, kind, title, starts_at, place, come_find_me, need_to_leave, "
            + "debrief_at, created_at";

    /** A plan's head, before its parts are read. */
    record Head(long id, long coupleId, PlanKind kind, String title, Instant startsAt, String place, String comeFindMe,
            String needToLeave, Instant debriefAt, Instant createdAt) {}

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long coupleId, long by, NewPlan plan, Instant now) {
        return jdbc.sql("insert into plan (couple_id, created_by, kind, title, starts_at, place, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(coupleId, by, plan.kind().name(), plan.title(), Rows.at(plan.startsAt()), plan.place(),
                        Rows.at(now), Rows.at(now))
                .query(Long.class).single();
    }

    Optional<Head> find(long id, long coupleId) {
        return jdbc.sql("select " + COLUMNS + " from plan where id = ? and couple_id = ?").params(id, coupleId)
                .query((rs, n) -> head(rs)).optional();
    }

    /** Locks the plan: two partners acting on it at once are served one after the other. */
    Optional<Head> lock(long id, long coupleId) {
        return jdbc.sql("select " + COLUMNS + " from plan where id = ? and couple_id = ? for update").params(id, coupleId)
                .query((rs, n) -> head(rs)).optional();
    }

    /** Newest event first, at most {@code limit}. */
    List<Head> recent(long coupleId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from plan where couple_id = ? order by starts_at desc, id desc limit ?")
                .params(coupleId, limit).query((rs, n) -> head(rs)).list();
    }

    /** The next events from {@code from} on, soonest first. */
    List<Head> upcoming(long coupleId, Instant from, int limit) {
        return jdbc.sql("select " + COLUMNS + " from plan where couple_id = ? and starts_at >= ? "
                        + "order by starts_at, id limit ?")
                .params(coupleId, Rows.at(from), limit).query((rs, n) -> head(rs)).list();
    }

    /** The latest earlier plan of the same kind: where last time's lessons come from. */
    Optional<Long> previousOfKind(long coupleId, PlanKind kind, long beforeId, Instant before) {
        return jdbc.sql("select id from plan where couple_id = ? and kind = ? and id <> ? and starts_at < ? "
                        + "and exists (select 1 from plan_debrief d where d.plan_id = plan.id) "
                        + "order by starts_at desc limit 1")
                .params(coupleId, kind.name(), beforeId, Rows.at(before)).query(Long.class).optional();
    }

    /** Any change to a plan's parts touches its row, so the couple's revision (and the live pages) follow. */
    void touch(long id, Instant now) {
        jdbc.sql("update plan set updated_at = ? where id = ?").params(Rows.at(now), id).update();
    }

    void setSignals(long id, OurSignals signals) {
        jdbc.sql("update plan set come_find_me = ?, need_to_leave = ? where id = ?")
                .params(signals.comeFindMe(), signals.needToLeave(), id).update();
    }

    void setDebriefAt(long id, Instant at) {
        jdbc.sql("update plan set debrief_at = ? where id = ?").params(Rows.at(at), id).update();
    }

    // --- predictions: the other's is read only when both are written ---

    Set<Long> predictedBy(long planId) {
        return new HashSet<>(jdbc.sql("select private_to from plan_prediction where plan_id = ?").param(planId)
                .query(Long.class).list());
    }

    /** Mine, and the other's only once both exist: the rule is in the query, not left to a caller. */
    List<Prediction> predictionsFor(long planId, long me) {
        return jdbc.sql("select private_to, how_hard, under_stress, need_from_you, labels, written_at "
                        + "from plan_prediction p where plan_id = ? and (private_to = ? "
                        + "or (select count(*) from plan_prediction q where q.plan_id = p.plan_id) >= 2) order by written_at")
                .params(planId, me)
                .query((rs, n) -> new Prediction(rs.getLong("private_to"), rs.getString("how_hard"),
                        rs.getString("under_stress"), rs.getString("need_from_you"), labels(rs.getArray("labels")),
                        Rows.instant(rs, "written_at")))
                .list();
    }

    void savePrediction(long planId, long me, Predict p, List<String> labels, Instant now) {
        jdbc.sql("insert into plan_prediction (plan_id, private_to, how_hard, under_stress, need_from_you, labels, written_at) "
                        + "values (?, ?, ?, ?, ?, string_to_array(?, ','), ?) on conflict (plan_id, private_to) do update "
                        + "set how_hard = excluded.how_hard, under_stress = excluded.under_stress, "
                        + "need_from_you = excluded.need_from_you, labels = excluded.labels, written_at = excluded.written_at")
                .params(planId, me, p.howHard(), p.underStress(), p.needFromYou(), String.join(",", labels), Rows.at(now))
                .update();
    }

    // --- agreements, tasks, signatures ---

    List<PlanAgreement> agreements(long planId) {
        return jdbc.sql("select id, text, created_at, missed_by, missed_at from plan_agreement where plan_id = ? order by id")
                .param(planId)
                .query((rs, n) -> new PlanAgreement(rs.getLong("id"), rs.getString("text"), Rows.instant(rs, "created_at"),
                        Rows.longOrNull(rs, "missed_by"), Rows.instant(rs, "missed_at")))
                .list();
    }

    long addAgreement(long planId, long coupleId, String text, Instant now) {
        return jdbc.sql("insert into plan_agreement (plan_id, couple_id, text, created_at) values (?, ?, ?, ?) returning id")
                .params(planId, coupleId, text, Rows.at(now)).query(Long.class).single();
    }

    boolean removeAgreement(long planId, long agreementId) {
        return jdbc.sql("delete from plan_agreement where id = ? and plan_id = ?").params(agreementId, planId).update() > 0;
    }

    boolean markMissed(long planId, long agreementId, long by, Instant now) {
        return jdbc.sql("update plan_agreement set missed_by = ?, missed_at = coalesce(missed_at, ?) where id = ? and plan_id = ?")
                .params(by, Rows.at(now), agreementId, planId).update() > 0;
    }

    List<PlanTask> tasks(long planId) {
        return jdbc.sql("select id, text, owner_id from plan_task where plan_id = ? order by id").param(planId)
                .query((rs, n) -> new PlanTask(rs.getLong("id"), rs.getString("text"), Rows.longOrNull(rs, "owner_id")))
                .list();
    }

    long addTask(long planId, long coupleId, String text, long ownerId, Instant now) {
        return jdbc.sql("insert into plan_task (plan_id, couple_id, text, owner_id, created_at) values (?, ?, ?, ?, ?) returning id")
                .params(planId, coupleId, text, ownerId, Rows.at(now)).query(Long.class).single();
    }

    Set<Long> signedBy(long planId) {
        return new HashSet<>(jdbc.sql("select partner_id from plan_signature where plan_id = ?").param(planId)
                .query(Long.class).list());
    }

    void sign(long planId, long coupleId, long partnerId, Instant now) {
        jdbc.sql("insert into plan_signature (plan_id, couple_id, partner_id, signed_at) values (?, ?, ?, ?) "
                + "on conflict do nothing").params(planId, coupleId, partnerId, Rows.at(now)).update();
    }

    void clearSignatures(long planId) {
        jdbc.sql("delete from plan_signature where plan_id = ?").param(planId).update();
    }

    // --- signals and debriefs ---

    List<PlanSignal> signals(long planId) {
        return jdbc.sql("select id, sent_by, kind, sent_at, seen_at from plan_signal where plan_id = ? "
                        + "order by sent_at desc, id desc limit 20")
                .param(planId)
                .query((rs, n) -> new PlanSignal(rs.getLong("id"), rs.getLong("sent_by"), SignalKind.valueOf(rs.getString("kind")),
                        Rows.instant(rs, "sent_at"), Rows.instant(rs, "seen_at")))
                .list();
    }

    long addSignal(long planId, long coupleId, long by, SignalKind kind, Instant now) {
        return jdbc.sql("insert into plan_signal (plan_id, couple_id, sent_by, kind, sent_at) values (?, ?, ?, ?, ?) returning id")
                .params(planId, coupleId, by, kind.name(), Rows.at(now)).query(Long.class).single();
    }

    /** The other partner saw it: only a signal sent to them, by the one who sent it, can be acknowledged. */
    boolean markSeen(long planId, long signalId, long seenBy, Instant now) {
        return jdbc.sql("update plan_signal set seen_at = coalesce(seen_at, ?) where id = ? and plan_id = ? and sent_by <> ?")
                .params(Rows.at(now), signalId, planId, seenBy).update() > 0;
    }

    /** The signals sent to {@code me} in my couple that I have not acknowledged, newest first. */
    List<PendingSignal> unseenFor(long coupleId, long me) {
        return jdbc.sql("select s.id, s.plan_id, s.sent_by, s.kind, s.sent_at from plan_signal s "
                        + "where s.couple_id = ? and s.sent_by <> ? and s.seen_at is null order by s.sent_at desc limit 5")
                .params(coupleId, me)
                .query((rs, n) -> new PendingSignal(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("sent_by"),
                        SignalKind.valueOf(rs.getString("kind")), Rows.instant(rs, "sent_at")))
                .list();
    }

    List<Debrief> debriefs(long planId) {
        return jdbc.sql("select partner_id, had_your_back, what_worked, change_next_time, written_at from plan_debrief "
                        + "where plan_id = ? order by written_at")
                .param(planId)
                .query((rs, n) -> new Debrief(rs.getLong("partner_id"), rs.getString("had_your_back"),
                        rs.getString("what_worked"), rs.getString("change_next_time"), Rows.instant(rs, "written_at")))
                .list();
    }

    void saveDebrief(long planId, long coupleId, long me, WriteDebrief d, Instant now) {
        jdbc.sql("insert into plan_debrief (plan_id, couple_id, partner_id, had_your_back, what_worked, change_next_time, "
                        + "written_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (plan_id, partner_id) do update set "
                        + "had_your_back = excluded.had_your_back, what_worked = excluded.what_worked, "
                        + "change_next_time = excluded.change_next_time, written_at = excluded.written_at")
                .params(planId, coupleId, me, d.hadYourBack(), d.whatWorked(), d.changeNextTime(), Rows.at(now)).update();
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong("id"), rs.getLong("couple_id"), PlanKind.valueOf(rs.getString("kind")),
                rs.getString("title"), Rows.instant(rs, "starts_at"), rs.getString("place"), rs.getString("come_find_me"),
                rs.getString("need_to_leave"), Rows.instant(rs, "debrief_at"), Rows.instant(rs, "created_at"));
    }

    private static List<String> labels(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).filter(s -> !s.isEmpty()).toList();
    }
}
