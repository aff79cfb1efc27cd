package app.tandem.notification.web;

import app.tandem.notification.Notification;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One page of the inbox. */
public record InboxView(List<Notification> entries, int page, boolean hasMore) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH);

    /** Times are UTC until partners have a time zone of their own. */
    public static String when(Notification n) {
        return WHEN.format(n.createdAt().atOffset(ZoneOffset.UTC));
    }

    public boolean anyUnread() {
        return entries.stream().anyMatch(Notification::unread);
    }
}
