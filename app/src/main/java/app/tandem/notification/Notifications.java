package app.tandem.notification;

import app.tandem.web.UnreadCount;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
    private final DeliveryPlans deliveries;
    private final PromptRepository prompts;
    private final DeliverySettings settings;
    private final Clock clock;

    Notifications(NotificationRepository notifications, DeliveryPlans deliveries, PromptRepository prompts,
            DeliverySettings settings, Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.prompts = prompts;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Tells the other partner of the couple that {@code actorId} did {@code kind}, at
     * {@code threadPath}: the inbox entry and its deliveries (by the recipient's preferences)
     * commit with the change. A need or bid made waits a day for a nudge; acting on a thread ends
     * the prompts that waited for the actor there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(long coupleId, long actorId, NotificationKind kind, String threadPath) {
        Instant now = clock.instant();
        prompts.cancelForActor(actorId, threadPath, DuePrompts.ENDED_BY_ACTING, now);
        for (PromptRepository.Told told : notifications.insertForOthers(coupleId, actorId, kind, threadPath, now)) {
            deliveries.plan(told.notificationId(), told.recipientId(), kind, now);
            nudgeFor(kind).ifPresent(nudge -> prompts.schedule(coupleId, told.recipientId(), nudge, threadPath,
                    now.plus(settings.nudgeAfter()), false));
        }
    }

    /**
     * A prompt that comes due at {@code at} on the thread, for {@code recipientId} or, when null,
     * for both partners. Scheduling it again before it fires moves it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void promptAt(long coupleId, Long recipientId, NotificationKind kind, String threadPath, Instant at) {
        prompts.schedule(coupleId, recipientId, kind, threadPath, at, true);
    }

    /** A prompt that is no longer due (a pause ended early). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelPrompt(String threadPath, NotificationKind kind) {
        prompts.cancel(threadPath, kind, clock.instant());
    }

    /** At most one nudge a thread: only the first step of a need or a bid waits for one. */
    private static Optional<NotificationKind> nudgeFor(NotificationKind kind) {
        return switch (kind) {
            case NEED_SENT -> Optional.of(NotificationKind.NEED_WAITING);
            case BID_MADE -> Optional.of(NotificationKind.BID_WAITING);
            default -> Optional.empty();
        };
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
