package app.tandem.notification;

import app.tandem.notification.DeliveryChannel.Channel;
import app.tandem.partner.PartnerService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides, with the inbox entry and in its transaction, which channels will bring it and when:
 * the recipient's reach for its topic, the grouping window or the digest hour, and their quiet
 * hours in their own time zone. Channels this server cannot use get no rows.
 */
@Component
class DeliveryPlans {

    private final DeliveryRepository deliveries;
    private final PreferenceRepository preferences;
    private final PartnerService partners;
    private final List<DeliveryChannel> channels;
    private final DeliverySettings settings;

    DeliveryPlans(DeliveryRepository deliveries, PreferenceRepository preferences, PartnerService partners,
            List<DeliveryChannel> channels, DeliverySettings settings) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.partners = partners;
        this.channels = channels;
        this.settings = settings;
    }

    void plan(long notificationId, long recipientId, NotificationKind kind, Instant now) {
        Preferences mine = preferences.of(recipientId);
        Reach reach = mine.of(kind.topic());
        ZoneId zone = partners.zoneOf(recipientId);
        for (Channel channel : Channel.values()) {
            if (reach.uses(channel) && usable(channel)) {
                if (kind.topic().immediate() && !reach.digest()) {
                    deliveries.insert(notificationId, recipientId, channel, false, now);
                    continue;
                }
                Instant due = reach.digest() ? nextDigest(now, zone) : now.plus(settings.groupWindow());
                deliveries.insert(notificationId, recipientId, channel, reach.digest(), mine.quiet().release(due, zone));
            }
        }
    }

    /** When a failed attempt is tried again: after the back-off, and not in quiet hours. */
    Instant retryAt(long recipientId, int failures, Instant now) {
        return preferences.of(recipientId).quiet()
                .release(now.plus(settings.backOff(failures)), partners.zoneOf(recipientId));
    }

    private boolean usable(Channel channel) {
        return channels.stream().anyMatch(c -> c.channel() == channel && c.enabled());
    }

    private Instant nextDigest(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(settings.digestAt()) ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(day, settings.digestAt(), zone).toInstant();
    }
}
