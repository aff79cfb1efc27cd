package app.tandem.plan;

import app.tandem.notification.NotificationKind;
import java.util.Arrays;

/** The two discreet signals during an event; what they say is the couple's own word for them. */
public enum SignalKind {
    COME_FIND_ME("Come find me", NotificationKind.SIGNAL_COME_FIND_ME),
    NEED_TO_LEAVE("I need to leave", NotificationKind.SIGNAL_NEED_TO_LEAVE);

    private final String words;
    private final NotificationKind notification;

    SignalKind(String words, NotificationKind notification) {
        this.words = words;
        this.notification = notification;
    }

    public String words() {
        return words;
    }

    NotificationKind notification() {
        return notification;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static SignalKind parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(k -> k.wireName().equalsIgnoreCase(value.strip()) || k.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
