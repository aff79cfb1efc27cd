package app.tandem.notification.web;

import app.tandem.notification.Notification;
import java.util.List;

/** One page of the inbox. */
public record InboxView(List<Notification> entries, int page, boolean hasMore) {

    public boolean anyUnread() {
        return entries.stream().anyMatch(Notification::unread);
    }
}
