package app.tandem.notification.web;

import app.tandem.notification.Notification;
import java.util.List;

/** One page of the inbox. */
public record InboxView(List<Notification> entries, int page, boolean hasMore) {

    /** "Robin asked you for something they need", in the reader's language. */
    public static String words(Notification n, app.tandem.web.Text text) {
        return app.tandem.notification.NotificationWords.of(n.kind(), n.actorName(), text);
    }

    public boolean anyUnread() {
        return entries.stream().anyMatch(Notification::unread);
    }
}
