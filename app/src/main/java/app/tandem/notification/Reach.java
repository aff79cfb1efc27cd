package app.tandem.notification;

import app.tandem.notification.DeliveryChannel.Channel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** How far an event reaches a partner beyond the inbox, which always keeps everything. */
public enum Reach {
    IN_APP("In the app only", EnumSet.noneOf(Channel.class)),
    EMAIL("E-mail", EnumSet.of(Channel.EMAIL)),
    PUSH("Push to my devices", EnumSet.of(Channel.PUSH)),
    EMAIL_AND_PUSH("E-mail and push", EnumSet.of(Channel.EMAIL, Channel.PUSH)),
    DAILY_DIGEST("One e-mail a day", EnumSet.of(Channel.EMAIL));

    private final String words;
    private final Set<Channel> channels;

    Reach(String words, Set<Channel> channels) {
        this.words = words;
        this.channels = channels;
    }

    public String words() {
        return words;
    }

    public boolean uses(Channel channel) {
        return channels.contains(channel);
    }

    public boolean digest() {
        return this == DAILY_DIGEST;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "email_and_push", "EMAIL-AND-PUSH", …; null for anything else. */
    public static Reach parse(String value) {
        if (value == null) {
            return null;
        }
        for (Reach r : values()) {
            if (r.name().equalsIgnoreCase(value.strip().replace('-', '_').replace(' ', '_'))) {
                return r;
            }
        }
        return null;
    }
}
