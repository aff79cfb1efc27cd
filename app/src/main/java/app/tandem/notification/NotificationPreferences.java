package app.tandem.notification;

import app.tandem.notification.DeliveryChannel.Channel;
import app.tandem.web.EmailStatus;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's own preferences: read, changed, and e-mail turned off by one click. */
@Service
public class NotificationPreferences implements EmailStatus {

    private final PreferenceRepository preferences;
    private final List<DeliveryChannel> channels;

    NotificationPreferences(PreferenceRepository preferences, List<DeliveryChannel> channels) {
        this.preferences = preferences;
        this.channels = channels;
    }

    public Preferences of(long partnerId) {
        return preferences.of(partnerId);
    }

    /** Whether this server can reach anyone by {@code channel} (e-mail needs SMTP configured). */
    public boolean available(Channel channel) {
        return channels.stream().anyMatch(c -> c.channel() == channel && c.enabled());
    }

    @Override
    public boolean emailOn() {
        return available(Channel.EMAIL);
    }

    @Transactional
    public Preferences change(long partnerId, ChangePreferences change) {
        Preferences now = preferences.of(partnerId);
        change.reach().forEach((topic, reach) -> preferences.setReach(partnerId, topic, reach));
        preferences.setSettings(partnerId, change.quiet() == null ? now.quiet() : change.quiet(),
                change.includeText() == null ? now.includeText() : change.includeText());
        return preferences.of(partnerId);
    }

    /** RFC 8058's one click: no more e-mail of any kind; push and the inbox stay as they were. */
    @Transactional
    public void stopEmail(long partnerId) {
        Preferences now = preferences.of(partnerId);
        for (Topic topic : Topic.values()) {
            Reach reach = now.of(topic);
            preferences.setReach(partnerId, topic, reach.uses(Channel.PUSH) ? Reach.PUSH : Reach.IN_APP);
        }
    }
}
