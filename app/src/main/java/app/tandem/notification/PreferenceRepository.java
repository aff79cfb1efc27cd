package app.tandem.notification;

import java.sql.Time;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners' preferences: a row per topic they changed, and one of settings once they changed any. */
@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preferences of(long partnerId) {
        Map<Topic, Reach> reach = new EnumMap<>(Topic.class);
        jdbc.sql("select topic, reach from notification_preference where partner_id = ?").param(partnerId)
                .query((rs, n) -> reach.put(Topic.valueOf(rs.getString(1)), Reach.valueOf(rs.getString(2)))).list();
        return jdbc.sql("select quiet_from, quiet_until, include_text from notification_setting where partner_id = ?")
                .param(partnerId)
                .query((rs, n) -> new Preferences(reach, new QuietHours(time(rs.getTime(1)), time(rs.getTime(2))),
                        rs.getBoolean(3)))
                .optional().orElseGet(() -> new Preferences(reach, QuietHours.NONE, false));
    }

    void setReach(long partnerId, Topic topic, Reach reach) {
        jdbc.sql("""
                        insert into notification_preference (partner_id, topic, reach) values (?, ?, ?)
                        on conflict (partner_id, topic) do update set reach = excluded.reach""")
                .params(partnerId, topic.name(), reach.name()).update();
    }

    void setSettings(long partnerId, QuietHours quiet, boolean includeText) {
        jdbc.sql("""
                        insert into notification_setting (partner_id, quiet_from, quiet_until, include_text)
                        values (?, ?, ?, ?) on conflict (partner_id) do update set quiet_from = excluded.quiet_from,
                        quiet_until = excluded.quiet_until, include_text = excluded.include_text""")
                .params(partnerId, sql(quiet.none() ? null : quiet.from()), sql(quiet.none() ? null : quiet.until()),
                        includeText)
                .update();
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static Time sql(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }
}
