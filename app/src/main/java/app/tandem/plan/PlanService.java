package app.tandem.plan;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's whole path: started from a template, each partner's prediction written privately and
 * revealed when both are in, the plan made together (signals, agreements, who does what) and
 * signed by both, signals during the event, and the debrief after, reminded at the time chosen.
 * Every step tells the other partner in the same transaction and touches the plan's row, so the
 * couple's revision moves and both open pages redraw.
 */
@Service
public class PlanService {

    public static final int RECENT = 50;

    private final PlanRepository plans;
    private final CoupleService couples;
    private final Notifications notifications;
    private final Coach coach;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(PlanRepository plans, CoupleService couples, Notifications notifications, Coach coach,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.couples = couples;
        this.notifications = notifications;
        this.coach = coach;
        this.events = events;
        this.clock = clock;
    }

    public static String path(long id) {
        return "/plans/" + id;
    }

    @Transactional
    public Plan start(long partnerId, NewPlan plan) {
        long coupleId = requireBothJoined(partnerId);
        long id = plans.insert(coupleId, partnerId, plan, clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.PLAN_STARTED, path(id));
        return get(partnerId, id);
    }

    /** The plan as this partner may see it; another couple's is not found. */
    public Plan get(long partnerId, long id) {
        long coupleId = couples.requireCoupleId(partnerId);
        return plans.find(id, coupleId).map(h -> assemble(h, partnerId)).orElseThrow(() -> new NotFoundException("Plan"));
    }

    /** Our plans, newest event first, without their parts. */
    public List<PlanSummary> recent(long partnerId) {
        return plans.recent(couples.requireCoupleId(partnerId), RECENT).stream().map(PlanService::summary).toList();
    }

    /** What comes next, soonest first: home's "upcoming" (an event is upcoming until a few hours after it starts). */
    public List<PlanSummary> upcoming(long partnerId, int limit) {
        return couples.coupleOf(partnerId).map(c -> upcoming(c, limit)).orElse(List.of());
    }

    /** As {@link #upcoming(long, int)} for a page that has already read the signed-in partner's couple. */
    public List<PlanSummary> upcoming(Couple us, int limit) {
        return plans.upcoming(us.id(), clock.instant().minus(PlanSummary.STILL_UPCOMING), limit).stream()
                .map(PlanService::summary).toList();
    }

    /** The coach's read of "what I need from you": a need, reviewed as one (advice only). */
    public Review reviewNeed(String text) {
        return coach.review(Kind.NEED, text == null ? "" : text);
    }

    @Transactional
    public Plan predict(long partnerId, long id, Predict prediction) {
        PlanRepository.Head head = lock(partnerId, id);
        PlanAction.PREDICT.check(stageOf(head.id()));
        List<String> labels = reviewNeed(prediction.needFromYou()).labels().stream().map(Label::wireName).toList();
        plans.savePrediction(id, partnerId, prediction, labels, clock.instant());
        return told(head, partnerId, id, NotificationKind.PLAN_PREDICTED);
    }

    @Transactional
    public Plan setSignals(long partnerId, long id, OurSignals signals) {
        PlanRepository.Head head = shape(partnerId, id);
        plans.setSignals(id, signals);
        return changed(head, partnerId);
    }

    @Transactional
    public Plan addAgreement(long partnerId, long id, String text) {
        PlanRepository.Head head = shape(partnerId, id);
        plans.addAgreement(id, head.coupleId(), text, clock.instant());
        return changed(head, partnerId);
    }

    @Transactional
    public Plan removeAgreement(long partnerId, long id, long agreementId) {
        PlanRepository.Head head = shape(partnerId, id);
        if (!plans.removeAgreement(id, agreementId)) {
            throw new NotFoundException("Agreement");
        }
        return changed(head, partnerId);
    }

    /** A task for me or my partner; load makes it a one-off load item in this same transaction. */
    @Transactional
    public Plan addTask(long partnerId, long id, AddTask task) {
        PlanRepository.Head head = shape(partnerId, id);
        long owner = task.mine() ? partnerId : otherOf(partnerId);
        plans.addTask(id, head.coupleId(), task.text(), owner, clock.instant());
        events.publishEvent(new PlanTaskAssigned(id, head.coupleId(), partnerId, owner, task.text()));
        return changed(head, partnerId);
    }

    @Transactional
    public Plan sign(long partnerId, long id) {
        PlanRepository.Head head = lock(partnerId, id);
        PlanAction.SIGN.check(stageOf(id));
        if (plans.agreements(id).isEmpty()) {
            throw new ConflictException(Phrase.of("plan.conflict.agree-on-at-least"));
        }
        plans.sign(id, head.coupleId(), partnerId, clock.instant());
        return told(head, partnerId, id, NotificationKind.PLAN_SIGNED);
    }

    /** "Come find me" or "I need to leave": it reaches the other at once (push, their open page). No place is kept. */
    @Transactional
    public Plan signal(long partnerId, long id, SignalKind kind) {
        PlanRepository.Head head = lock(partnerId, id);
        PlanAction.SIGNAL.check(stageOf(id));
        plans.addSignal(id, head.coupleId(), partnerId, kind, clock.instant());
        return told(head, partnerId, id, kind.notification());
    }

    /** One tap: "I saw it". Only the partner it was sent to can. */
    @Transactional
    public Plan acknowledge(long partnerId, long id, long signalId) {
        PlanRepository.Head head = lock(partnerId, id);
        if (!plans.markSeen(id, signalId, partnerId, clock.instant())) {
            throw new NotFoundException("Signal");
        }
        return told(head, partnerId, id, NotificationKind.SIGNAL_SEEN);
    }

    /** The signals waiting for my "I saw it", in our couple ({@code us}, as read for me): home shows them first. */
    public List<PendingSignal> unseenSignals(Couple us, long partnerId) {
        return plans.unseenFor(us.id(), partnerId);
    }

    /** When we debrief: both are reminded then (inbox, e-mail, push as they chose). */
    @Transactional
    public Plan scheduleDebrief(long partnerId, long id, Instant at) {
        PlanRepository.Head head = lock(partnerId, id);
        if (!at.isAfter(head.startsAt())) {
            throw new app.tandem.kernel.InvalidInputException("at", Phrase.of("plan.error.debrief-at"));
        }
        plans.setDebriefAt(id, at);
        plans.touch(id, clock.instant());
        if (at.isAfter(clock.instant())) {
            notifications.promptAt(head.coupleId(), null, NotificationKind.PLAN_DEBRIEF_DUE, path(id), at);
        }
        notifications.tell(head.coupleId(), partnerId, NotificationKind.PLAN_CHANGED, path(id));
        return get(partnerId, id);
    }

    @Transactional
    public Plan debrief(long partnerId, long id, WriteDebrief debrief) {
        PlanRepository.Head head = lock(partnerId, id);
        PlanAction.DEBRIEF.check(stageOf(id));
        requireOver(head);
        plans.saveDebrief(id, head.coupleId(), partnerId, debrief, clock.instant());
        return told(head, partnerId, id, NotificationKind.PLAN_DEBRIEFED);
    }

    /**
     * An agreement that was missed: marked, and answered with the words a hurt can start from
     * (the partner names it themselves, on repair's page, and may change every word).
     */
    @Transactional
    public MissedAgreement markMissed(long partnerId, long id, long agreementId) {
        PlanRepository.Head head = lock(partnerId, id);
        PlanAction.DEBRIEF.check(stageOf(id));
        requireOver(head);
        PlanAgreement agreement = plans.agreements(id).stream().filter(a -> a.id() == agreementId).findFirst()
                .orElseThrow(() -> new NotFoundException("Agreement"));
        plans.markMissed(id, agreementId, partnerId, clock.instant());
        plans.touch(id, clock.instant());
        // The opening of "name what hurt", in the words of the partner who marks it: theirs to change and send.
        return new MissedAgreement(id, agreementId, agreement.text(),
                Phrase.of("plan.missed.hurt", head.title(), agreement.text()).say());
    }

    /** What we said to change last time, from the latest earlier plan of the same kind with a debrief. */
    public List<String> lessons(long partnerId, Plan plan) {
        return plans.previousOfKind(plan.coupleId(), plan.kind(), plan.id(), plan.startsAt())
                .map(previous -> plans.debriefs(previous).stream().map(Debrief::changeNextTime)
                        .filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
    }

    private Plan changed(PlanRepository.Head head, long partnerId) {
        plans.clearSignatures(head.id());
        plans.touch(head.id(), clock.instant());
        notifications.tell(head.coupleId(), partnerId, NotificationKind.PLAN_CHANGED, path(head.id()));
        return get(partnerId, head.id());
    }

    private PlanRepository.Head shape(long partnerId, long id) {
        PlanRepository.Head head = lock(partnerId, id);
        PlanAction.SHAPE.check(stageOf(id));
        return head;
    }

    private void requireOver(PlanRepository.Head head) {
        if (head.startsAt().isAfter(clock.instant())) {
            throw new ConflictException(Phrase.of("plan.conflict.the-debrief-comes-after"));
        }
    }

    private PlanStage stageOf(long id) {
        if (plans.predictedBy(id).size() < 2) {
            return PlanStage.PREDICTING;
        }
        return plans.signedBy(id).size() < 2 ? PlanStage.PLANNING : PlanStage.SIGNED;
    }

    private PlanRepository.Head lock(long partnerId, long id) {
        return plans.lock(id, couples.requireCoupleId(partnerId)).orElseThrow(() -> new NotFoundException("Plan"));
    }

    private Plan assemble(PlanRepository.Head h, long partnerId) {
        return new Plan(h.id(), h.coupleId(), h.kind(), h.title(), h.startsAt(), h.place(), h.comeFindMe(),
                h.needToLeave(), h.debriefAt(), h.createdAt(), plans.predictedBy(h.id()),
                plans.predictionsFor(h.id(), partnerId), plans.agreements(h.id()), plans.tasks(h.id()),
                plans.signedBy(h.id()), plans.signals(h.id()), plans.debriefs(h.id()));
    }

    private static PlanSummary summary(PlanRepository.Head h) {
        return new PlanSummary(h.id(), h.kind(), h.title(), h.startsAt(), h.place(), h.debriefAt(), h.createdAt());
    }

    private long otherOf(long partnerId) {
        return couples.coupleOf(partnerId).flatMap(c -> c.partnerOf(partnerId)).map(Couple.Member::partnerId)
                .orElseThrow(() -> new ConflictException(Phrase.of("plan.conflict.your-partner-has-not")));
    }

    private long requireBothJoined(long partnerId) {
        long coupleId = couples.requireCoupleId(partnerId);
        if (!couples.coupleOf(partnerId).map(Couple::complete).orElse(false)) {
            throw new ConflictException(Phrase.of("plan.conflict.your-partner-has-not.a-plan-is"));
        }
        return coupleId;
    }

    /** After a step: the plan is touched (the couple's pages redraw), the other is told, and the plan read afresh. */
    private Plan told(PlanRepository.Head head, long partnerId, long id, NotificationKind kind) {
        plans.touch(id, clock.instant());
        notifications.tell(head.coupleId(), partnerId, kind, path(id));
        return get(partnerId, id);
    }
}
