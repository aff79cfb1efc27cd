package app.tandem.repair;

import app.tandem.kernel.Phrase;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import app.tandem.agreement.AgreementService;
import app.tandem.bid.BidService;
import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import app.tandem.couple.CoupleService;
import app.tandem.need.Need;
import app.tandem.need.NeedService;
import app.tandem.need.NeedStatus;
import app.tandem.pause.PauseService;
import app.tandem.pause.ThreadKind;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hurt and repair, and reminders. A partner names a hurt (what happened, how I felt), perhaps
 * invoking a commitment of the agreement; the other makes a repair attempt; the hurt partner
 * accepts it or says what is still needed. The time from hurt to accepted repair is kept.
 */
@Service
public class RepairService {

    static final int RECENT = 20;
    static final int OPEN_SHOWN = 50;
    static final int REPAIRED_SHOWN = 3;

    private final RepairRepository repairs;
    private final CoupleService couples;
    private final AgreementService agreements;
    private final NeedService needs;
    private final BidService bids;
    private final PauseService pauses;
    private final Coach coach;
    private final Clock clock;

    private final Notifications notifications;

    RepairService(RepairRepository repairs, CoupleService couples, AgreementService agreements, NeedService needs,
            BidService bids, PauseService pauses, Coach coach, Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.repairs = repairs;
        this.couples = couples;
        this.agreements = agreements;
        this.needs = needs;
        this.bids = bids;
        this.pauses = pauses;
        this.coach = coach;
        this.clock = clock;
    }

    /** The coach reads a hurt as it reads a need: an attack on the partner is flagged, a feeling is not. */
    public Review reviewHurt(String whatHappened, String howIFelt) {
        return coach.review(Kind.NEED, join(whatHappened, howIFelt));
    }

    /** A repair attempt is a reply: "I'm sorry, but…" is flagged as defensiveness. */
    public Review reviewRepair(RepairText text) {
        return coach.review(Kind.REPLY, join(text.acknowledge(), text.apologise(), text.willDo()));
    }

    public Review reviewReminder(String message) {
        return coach.review(Kind.NEED, message);
    }

    /** What a hurt may quote; none at all is fine, a hurt need not invoke the agreement. */
    public Quotable quotable(long partnerId) {
        return new Quotable(agreements.commitmentsInForce(partnerId));
    }

    /** What a reminder may quote: a reminder always quotes the agreement, so without one in force it is 409. */
    public Quotable quotableForReminder(long partnerId) {
        Quotable quotable = quotable(partnerId);
        if (quotable.none()) {
            throw new ConflictException(Phrase.of("repair.conflict.a-reminder-quotes-your"));
        }
        return quotable;
    }

    /** A hurt about a need or bid must be about one the partner can see (a need that was sent). */
    @Transactional
    public Hurt nameHurt(long partnerId, HurtText text) {
        long coupleId = couples.requireCoupleId(partnerId);
        requireSubject(partnerId, text.subjectKind(), text.subjectId());
        long id = repairs.insertHurt(coupleId, partnerId, text, wireNames(reviewHurt(text.whatHappened(),
                text.howIFelt())), clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.HURT_NAMED, "/hurts/" + id);
        return repairs.hurt(coupleId, id).orElseThrow();
    }

    public Hurt hurt(long partnerId, long hurtId) {
        return repairs.hurt(couples.requireCoupleId(partnerId), hurtId).orElseThrow(() -> new NotFoundException("Hurt"));
    }

    public List<Hurt> recentHurts(long partnerId) {
        return repairs.recentHurts(couples.requireCoupleId(partnerId), RECENT);
    }

    /** Only the partner who did not name the hurt repairs it; one attempt waits at a time. */
    @Transactional
    public Hurt repair(long partnerId, long hurtId, RepairText text) {
        long coupleId = couples.requireCoupleId(partnerId);
        Hurt hurt = act(coupleId, partnerId, hurtId, HurtAction.REPAIR);
        repairs.insertAttempt(hurtId, partnerId, text, wireNames(reviewRepair(text)), clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.REPAIR_OFFERED, "/hurts/" + hurtId);
        return repairs.hurt(coupleId, hurtId).orElseThrow();
    }

    /** The hurt partner accepts the attempt: the hurt is repaired, and the time it took is kept. */
    @Transactional
    public Hurt accept(long partnerId, long hurtId) {
        long coupleId = couples.requireCoupleId(partnerId);
        Hurt hurt = act(coupleId, partnerId, hurtId, HurtAction.ACCEPT);
        Instant now = clock.instant();
        repairs.answerAttempt(hurt.pendingAttempt().orElseThrow().id(), RepairStatus.ACCEPTED, null, now);
        repairs.markRepaired(hurtId, now);
        notifications.tell(coupleId, partnerId, NotificationKind.REPAIR_ACCEPTED, "/hurts/" + hurtId);
        return repairs.hurt(coupleId, hurtId).orElseThrow();
    }

    /** The hurt partner says what is still needed ({@code stillNeeded} checked by its input); the other may try again. */
    @Transactional
    public Hurt notYet(long partnerId, long hurtId, String stillNeeded) {
        long coupleId = couples.requireCoupleId(partnerId);
        Hurt hurt = act(coupleId, partnerId, hurtId, HurtAction.NOT_YET);
        repairs.answerAttempt(hurt.pendingAttempt().orElseThrow().id(), RepairStatus.NOT_YET, stillNeeded,
                clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.REPAIR_NOT_YET, "/hurts/" + hurtId);
        return repairs.hurt(coupleId, hurtId).orElseThrow();
    }

    /** The vulnerable reminder, quoting a commitment in force; the coach reviews it like a need. */
    @Transactional
    public Reminder remind(long partnerId, ReminderText text) {
        long coupleId = couples.requireCoupleId(partnerId);
        requireRemindable(partnerId, text.needId());
        long id = repairs.insertReminder(coupleId, partnerId, text.needId(), text.commitment(), text.message(),
                wireNames(reviewReminder(text.message())), clock.instant());
        // Reminders wait on home ("Waiting for you"), beside the need they are about.
        notifications.tell(coupleId, partnerId, NotificationKind.REMINDER_SENT, "/");
        return repairs.reminder(coupleId, id).orElseThrow();
    }

    /** A reminder may be about one of the partner's own sent needs, or about none ({@code needId} null). */
    public void requireRemindable(long partnerId, Long needId) {
        if (needId != null) {
            Need need = needs.get(partnerId, needId);
            if (!need.askedBy(partnerId) || need.status() == NeedStatus.DRAFT) {
                throw new NotFoundException("Need");
            }
        }
    }

    /** The reminded partner says "I hear you". */
    @Transactional
    public Reminder acknowledge(long partnerId, long reminderId) {
        long coupleId = couples.requireCoupleId(partnerId);
        Reminder reminder = repairs.reminder(coupleId, reminderId).orElseThrow(() -> new NotFoundException("Reminder"));
        if (reminder.sentBy() == partnerId) {
            throw new NotFoundException("Reminder");
        }
        if (!repairs.acknowledgeReminder(reminderId, clock.instant())) {
            throw new ConflictException(Phrase.of("repair.conflict.you-have-already-said"));
        }
        return repairs.reminder(coupleId, reminderId).orElseThrow();
    }

    /** Home's card: three bounded queries (two with no open hurt), whatever the length of history. */
    public RepairBoard board(long partnerId) {
        long coupleId = couples.requireCoupleId(partnerId);
        List<Hurt> hurts = repairs.boardHurts(coupleId, OPEN_SHOWN, REPAIRED_SHOWN);
        List<Hurt> open = hurts.stream().filter(h -> h.stage() != HurtStage.REPAIRED).toList();
        List<Reminder> reminders = repairs.recentReminders(coupleId, 5);
        return new RepairBoard(
                open.stream().filter(h -> h.can(HurtAction.REPAIR, partnerId)).toList(),
                open.stream().filter(h -> h.can(HurtAction.ACCEPT, partnerId)).toList(),
                open.stream().filter(h -> !h.can(HurtAction.REPAIR, partnerId) && !h.can(HurtAction.ACCEPT, partnerId))
                        .toList(),
                reminders.stream().filter(r -> r.sentBy() != partnerId && r.acknowledgedAt() == null).toList(),
                reminders.stream().filter(r -> r.sentBy() == partnerId && r.acknowledgedAt() == null).toList(),
                hurts.stream().filter(h -> h.stage() == HurtStage.REPAIRED).toList());
    }

    public List<Reminder> recentReminders(long partnerId) {
        return repairs.recentReminders(couples.requireCoupleId(partnerId), RECENT);
    }

    /** The reminder's starting words: vulnerable, not a verdict. */
    public static String reminderDraft(String commitment) {
        return "That hurt. We agreed: “" + commitment + "”, and I'm telling you I need your care.";
    }

    /** The locked hurt, once {@code action} is the partner's to take now and the conversation is not paused. */
    private Hurt act(long coupleId, long partnerId, long hurtId, HurtAction action) {
        Hurt hurt = repairs.lockHurt(coupleId, hurtId).orElseThrow(() -> new NotFoundException("Hurt"));
        hurt.check(action, partnerId);
        pauses.requireNotPaused(coupleId, ThreadKind.HURT, hurtId);
        return hurt;
    }

    private void requireSubject(long partnerId, SubjectKind kind, Long subjectId) {
        if (kind == SubjectKind.NONE) {
            return;
        }
        if (kind == SubjectKind.NEED && needs.get(partnerId, subjectId).status() == NeedStatus.DRAFT) {
            throw new NotFoundException("Need");
        }
        if (kind == SubjectKind.BID) {
            bids.get(partnerId, subjectId);
        }
    }

    private static List<String> wireNames(Review review) {
        return review.labels().stream().map(Label::wireName).toList();
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                String p = part.strip();
                text.append(p).append(p.matches(".*[.!?]$") ? " " : ". ");
            }
        }
        return text.toString().strip();
    }
}
