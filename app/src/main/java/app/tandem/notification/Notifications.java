package app.tandem.notification;

import app.tandem.web.UnreadCount;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which a feature tells the other partner what it did. {@link #tell} joins
 * the caller's transaction, so the inbox entry commits with the change or not at all, and the
 * database announces the change to every node on commit (see V40).
 */
@Service
public class Notifications implements UnreadCount {

    public static final int PAGE_SIZE = 30;

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Tells the other partner of the couple that {@code actorId} did {@code kind}, at {@code threadPath}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(long coupleId, long actorId, NotificationKind kind, String threadPath) {
        notifications.insertForOthers(coupleId, actorId, kind, threadPath, clock.instant());
    }

    /** One page (from 1) of the partner's inbox, newest first, plus one to tell whether there is a next. */
    public List<Notification> inbox(long partnerId, int page) {
        return notifications.page(partnerId, PAGE_SIZE + 1, (Math.max(1, page) - 1) * PAGE_SIZE);
    }

    @Override
    public int of(long partnerId) {
        return notifications.unread(partnerId);
    }

    /** The partner opened the thread: what waited there is seen. */
    @Transactional
    public void seen(long partnerId, String threadPath) {
        notifications.markRead(partnerId, threadPath, clock.instant());
    }

    @Transactional
    public void allSeen(long partnerId) {
        notifications.markAllRead(partnerId, clock.instant());
    }
}
