package app.tandem.notification;

import java.time.Instant;

/** One entry of a partner's inbox: what the other did, where, and whether it has been seen. */
public record Notification(long id, NotificationKind kind, String actorName, String threadPath, Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
