package app.tandem.pause;

import app.tandem.kernel.Phrase;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses: either partner can stop a heated thread for a while (20 minutes unless they choose
 * otherwise); until it ends the thread takes no new messages, then both are invited back.
 */
@Service
public class PauseService {

    /** How long after a pause ends both partners see the invitation to come back. */
    static final Duration INVITATION = Duration.ofHours(12);

    private final PauseRepository pauses;
    private final CoupleService couples;
    private final Map<ThreadKind, ThreadDirectory> threads;
    private final Clock clock;

    private final Notifications notifications;

    PauseService(PauseRepository pauses, CoupleService couples, List<ThreadDirectory> directories, Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.pauses = pauses;
        this.couples = couples;
        this.threads = directories.stream().collect(Collectors.toMap(ThreadDirectory::kind, Function.identity()));
        this.clock = clock;
    }

    /** A conversation of the couple's, not paused already, stops for {@code pause.minutes()}. */
    @Transactional
    public Pause pause(long partnerId, TakePause pause) {
        long coupleId = couples.requireCoupleId(partnerId);
        ThreadDirectory directory = threads.get(pause.kind());
        if (directory == null || !directory.visibleTo(coupleId, partnerId, pause.threadId())) {
            throw new NotFoundException("Conversation");
        }
        Instant now = clock.instant();
        if (pauses.latest(coupleId, pause.kind(), pause.threadId()).filter(p -> p.activeAt(now)).isPresent()) {
            throw new ConflictException(Phrase.of("pause.conflict.this-conversation-is-already"));
        }
        long id = pauses.insert(coupleId, pause.kind(), pause.threadId(), partnerId, now,
                now.plus(Duration.ofMinutes(pause.minutes())));
        notifications.tell(coupleId, partnerId, NotificationKind.PAUSE_STARTED, directory.path(pause.threadId()));
        // Both come back at the return time; a pause ended early needs no invitation.
        notifications.promptAt(coupleId, null, NotificationKind.PAUSE_OVER, directory.path(pause.threadId()),
                now.plus(Duration.ofMinutes(pause.minutes())));
        return pauses.byId(coupleId, id).orElseThrow();
    }

    /** Where a conversation's page is, for "back to the conversation" links. */
    public String pathOf(ThreadKind kind, long threadId) {
        return threads.get(kind).path(threadId);
    }

    /** Either partner may come back early, for both. */
    @Transactional
    public Pause endEarly(long partnerId, long pauseId) {
        long coupleId = couples.requireCoupleId(partnerId);
        Pause pause = pauses.byId(coupleId, pauseId).orElseThrow(() -> new NotFoundException("Pause"));
        Instant now = clock.instant();
        if (!pause.activeAt(now)) {
            throw new ConflictException(Phrase.of("pause.conflict.this-pause-has-already"));
        }
        pauses.endEarly(pauseId, now);
        notifications.cancelPrompt(threads.get(pause.threadKind()).path(pause.threadId()), NotificationKind.PAUSE_OVER);
        return pauses.byId(coupleId, pauseId).orElseThrow();
    }

    /** Called by every feature before it accepts a message into a thread. */
    public void requireNotPaused(long coupleId, ThreadKind kind, long threadId) {
        Instant now = clock.instant();
        Optional<Pause> pause = pauses.latest(coupleId, kind, threadId).filter(p -> p.activeAt(now));
        if (pause.isPresent()) {
            throw new ThreadPausedException(pause.get(), now);
        }
    }

    public Optional<Pause> activePause(long partnerId, ThreadKind kind, long threadId) {
        Instant now = clock.instant();
        return pauses.latest(couples.requireCoupleId(partnerId), kind, threadId).filter(p -> p.activeAt(now));
    }

    /** Pauses running now, and those that ended recently: both partners are invited back. */
    public List<PauseNotice> notices(long partnerId) {
        return noticesOf(latest(partnerId));
    }

    /** The couple's latest pauses, running or long over: {@link #noticesOf} says which to show now. */
    public List<Pause> latest(long partnerId) {
        return pauses.latest(couples.requireCoupleId(partnerId));
    }

    /** The notices that the latest pauses give at this moment: home keeps the pauses, time moves on. */
    public List<PauseNotice> noticesOf(List<Pause> latest) {
        Instant now = clock.instant();
        Instant since = now.minus(INVITATION);
        return latest.stream()
                .filter(p -> p.endsAt().isAfter(since))
                .map(p -> new PauseNotice(p, p.activeAt(now), threads.get(p.threadKind()).path(p.threadId())))
                .toList();
    }

    /** A pause as the home page shows it: running, or over with an invitation back. */
    public record PauseNotice(Pause pause, boolean running, String threadPath) {}
}
