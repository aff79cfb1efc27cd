package app.tandem.push;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners' push subscriptions; every read and write names the partner it belongs to. */
@Repository
class PushSubscriptionRepository {

    private static final String COLUMNS = "id, partner_id, endpoint, p256dh, auth, label, created_at";

    private final JdbcClient jdbc;

    PushSubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per endpoint: subscribing again from the same browser refreshes its keys, and a
     * browser another partner signs in to moves to them (the push service would deliver there anyway).
     */
    PushSubscription upsert(long partnerId, Subscribe s, String deviceKey, Instant at) {
        return jdbc.sql("insert into push_subscription (partner_id, endpoint, p256dh, auth, label, device_key, created_at) "
                        + "values (:partner, :endpoint, :p256dh, :auth, :label, :device, :at) "
                        + "on conflict (endpoint) do update set partner_id = excluded.partner_id, "
                        + "p256dh = excluded.p256dh, auth = excluded.auth, label = excluded.label, "
                        + "device_key = excluded.device_key, created_at = excluded.created_at "
                        + "returning " + COLUMNS)
                .param("partner", partnerId).param("endpoint", s.endpoint()).param("p256dh", s.p256dh())
                .param("auth", s.auth()).param("label", s.label()).param("device", deviceKey)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> subscription(rs)).single();
    }

    List<PushSubscription> of(long partnerId) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where partner_id = :partner order by id")
                .param("partner", partnerId).query((rs, n) -> subscription(rs)).list();
    }

    Optional<PushSubscription> find(long partnerId, long id) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where partner_id = :partner and id = :id")
                .param("partner", partnerId).param("id", id).query((rs, n) -> subscription(rs)).optional();
    }

    int delete(long partnerId, long id) {
        return jdbc.sql("delete from push_subscription where partner_id = :partner and id = :id")
                .param("partner", partnerId).param("id", id).update();
    }

    int deleteDevice(long partnerId, String deviceKey) {
        return jdbc.sql("delete from push_subscription where partner_id = :partner and device_key = :device")
                .param("partner", partnerId).param("device", deviceKey).update();
    }

    /** The push service said the subscription is gone; only that exact one goes (its keys may have been renewed). */
    int deleteGone(long id, String endpoint) {
        return jdbc.sql("delete from push_subscription where id = :id and endpoint = :endpoint")
                .param("id", id).param("endpoint", endpoint).update();
    }

    private static PushSubscription subscription(ResultSet rs) throws SQLException {
        return new PushSubscription(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
    }
}
