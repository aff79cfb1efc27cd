package app.tandem.plan;

import app.tandem.kernel.Phrase;
import app.tandem.notification.NotificationKind;
import java.util.Arrays;

/** The two discreet signals during an event; what they say is the couple's own word for them. */
public enum SignalKind {
    COME_FIND_ME(NotificationKind.SIGNAL_COME_FIND_ME),
    NEED_TO_LEAVE(NotificationKind.SIGNAL_NEED_TO_LEAVE);

    private final NotificationKind notification;

    SignalKind(NotificationKind notification) {
        this.notification = notification;
    }

    /** "Come find me", in the reader's language (the same words home shows: plan.signal.come_find_me). */
    public String words() {
        return Phrase.of("plan.signal." + name().toLowerCase(java.util.Locale.ROOT)).say();
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
