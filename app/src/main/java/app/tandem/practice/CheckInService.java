package app.tandem.practice;

import app.tandem.couple.CoupleService;
import app.tandem.kernel.NotFoundException;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins: taken, reread and retaken by their taker alone. Every read is by the signed-in
 * partner's own id, so another partner's check-in is "not found" whoever asks. Nothing here
 * logs answers or leanings.
 */
@Service
public class CheckInService {

    public static final int HISTORY_LENGTH = 50;
    /** A gentle invitation to look again, every few weeks. */
    public static final Duration INVITE_AFTER = Duration.ofDays(28);

    private final CheckInRepository checkIns;
    private final CoupleService couples;
    private final Notifications notifications;
    private final Clock clock;

    CheckInService(CheckInRepository checkIns, CoupleService couples, Notifications notifications, Clock clock) {
        this.checkIns = checkIns;
        this.couples = couples;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public CheckIn take(long partnerId, TakeCheckIn take) {
        int position = CheckInStatements.position(take.answers());
        long id = checkIns.insert(partnerId, take.answers(), position, Leaning.at(position), clock.instant());
        return get(partnerId, id);
    }

    public CheckIn get(long partnerId, long checkInId) {
        return checkIns.find(checkInId, partnerId).orElseThrow(() -> new NotFoundException("Check-in"));
    }

    /** My check-ins, newest first. */
    public List<CheckIn> history(long partnerId) {
        return checkIns.history(partnerId, HISTORY_LENGTH);
    }

    public Optional<CheckIn> latest(long partnerId) {
        return checkIns.history(partnerId, 1).stream().findFirst();
    }

    /**
     * Whether to invite the partner to check in: never taken, or the last one is a few weeks old.
     * Worked out when a page is drawn; a scheduled reminder can later ask the same question.
     */
    public boolean invitationDue(long partnerId) {
        return latest(partnerId).map(c -> c.takenAt().plus(INVITE_AFTER).isBefore(clock.instant())).orElse(true);
    }

    /** Tells the other partner of a leaning in my words; the check-in itself stays mine. */
    @Transactional
    public SharedLeaning share(long partnerId, ShareLeaning share) {
        long coupleId = couples.requireCoupleId(partnerId);
        checkIns.share(coupleId, partnerId, share.leaning(), share.words(), clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.LEANING_SHARED, "/practice");
        return shared(partnerId).stream().filter(s -> s.partnerId() == partnerId).findFirst().orElseThrow();
    }

    @Transactional
    public void unshare(long partnerId) {
        checkIns.unshare(couples.requireCoupleId(partnerId), partnerId);
    }

    /** The leanings shared in my couple (mine and my partner's), if any. */
    public List<SharedLeaning> shared(long partnerId) {
        return couples.coupleOf(partnerId).map(c -> checkIns.shared(c.id())).orElse(List.of());
    }
}
