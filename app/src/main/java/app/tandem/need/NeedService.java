package app.tandem.need;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.NeedReview;
import app.tandem.coach.Review;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.Phrase;
import app.tandem.pause.PauseService;
import app.tandem.pause.ThreadKind;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.FieldErrors;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import app.tandem.partner.PartnerService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The need's whole loop: compose (with the coach), the listener's reflection and the asker's
 * confirmation, the answer, and the follow-through. {@link NeedAction} holds the state machine;
 * this service applies it, one locked need at a time, for the pages and the API alike.
 */
@Service
public class NeedService {

    public static final int PAGE_SIZE = 20;
    static final int WAITING_LIMIT = 50;

    private final NeedRepository needs;
    private final CoupleService couples;
    private final Coach coach;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PauseService pauses;
    private final Notifications notifications;
    private final PartnerService partners;

    NeedService(NeedRepository needs, CoupleService couples, Coach coach, Clock clock,
            ApplicationEventPublisher events, PauseService pauses, Notifications notifications,
            PartnerService partners) {
        this.notifications = notifications;
        this.partners = partners;
        this.needs = needs;
        this.couples = couples;
        this.coach = coach;
        this.clock = clock;
        this.events = events;
        this.pauses = pauses;
    }

    /** The coach's review of a need as it is being written; advice only. */
    public NeedReview review(NeedText text) {
        return coach.reviewNeed(text.feeling(), text.because(), text.request());
    }

    /** The coach's review of a reply (an answer, a reflection's clarification). */
    public Review reviewReply(String text) {
        return coach.review(Kind.REPLY, text == null ? "" : text);
    }

    /**
     * The coach's review of the listener's "what I hear is…" of this need: the asker's own words
     * said back (their "never", their "always") are what a reflection is for, not criticism; a
     * verdict the listener adds still is.
     */
    public Review reviewReflection(Need need, String text) {
        String heard = String.join(" ", need.feeling(), need.because(), need.request(),
                need.reflections().stream().map(Reflection::clarification).filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.joining(" ")));
        return coach.reviewReflection(text == null ? "" : text, heard);
    }

    /** A reflection is read as one; the other parts of the loop (answer, clarification) as replies. */
    public Review reviewListening(Need need, String part, String text) {
        return "reflection".equals(part) ? reviewReflection(need, text) : reviewReply(text);
    }

    public Need get(long partnerId, long needId) {
        long coupleId = couples.requireCoupleId(partnerId);
        return needs.find(needId, coupleId).filter(n -> n.visibleTo(partnerId))
                .orElseThrow(() -> new NotFoundException("Need"));
    }

    /** Keeps a draft, private to its author until sent or discarded. Empty fields are fine in a draft. */
    @Transactional
    public Need saveDraft(long partnerId, NeedText text) {
        long coupleId = couples.requireCoupleId(partnerId);
        long id = needs.insertDraft(coupleId, partnerId, text, clock.instant());
        return needs.find(id, coupleId).orElseThrow();
    }

    @Transactional
    public Need updateDraft(long partnerId, long needId, NeedText text) {
        Need need = act(partnerId, needId, NeedAction.EDIT);
        needs.updateDraft(need.id(), text, clock.instant());
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    @Transactional
    public void discard(long partnerId, long needId) {
        Need need = act(partnerId, needId, NeedAction.DISCARD);
        needs.delete(need.id());
    }

    /** Writes and sends a need in one step ({@code text} checked by its input, as for sending). */
    @Transactional
    public Need send(long partnerId, NeedText text) {
        long coupleId = couples.requireCoupleId(partnerId);
        requirePartnerJoined(partnerId);
        long id = needs.insertDraft(coupleId, partnerId, text, clock.instant());
        return sendDraft(partnerId, id);
    }

    /**
     * Sends a draft, as it is now. The coach advises and never blocks: the need goes whatever
     * it finds, and the labels it showed are kept with it.
     */
    @Transactional
    public Need sendDraft(long partnerId, long needId) {
        Need need = act(partnerId, needId, NeedAction.SEND);
        NeedText text = requireComplete(new NeedText(need.feeling(), need.because(), need.request(), need.when()));
        requirePartnerJoined(partnerId);
        NeedReview review = review(text);
        Set<String> labels = new LinkedHashSet<>();
        for (Review r : List.of(review.feeling(), review.because(), review.need())) {
            r.labels().stream().map(Label::wireName).forEach(labels::add);
        }
        needs.send(needId, need.check(NeedAction.SEND, partnerId), new ArrayList<>(labels), clock.instant());
        return moved(need, NeedAction.SEND, partnerId);
    }

    /** The listener's "what I hear is…" ({@code text} checked by its input). */
    @Transactional
    public Need reflect(long partnerId, long needId, String text) {
        Need need = act(partnerId, needId, NeedAction.REFLECT);
        Instant now = clock.instant();
        needs.insertReflection(needId, text, now);
        needs.setStatus(needId, need.check(NeedAction.REFLECT, partnerId), now);
        return moved(need, NeedAction.REFLECT, partnerId);
    }

    /** "Yes, that's it": the asker feels heard, and the listener may answer. */
    @Transactional
    public Need confirm(long partnerId, long needId) {
        Need need = act(partnerId, needId, NeedAction.CONFIRM);
        Instant now = clock.instant();
        needs.resolveReflection(need.pendingReflection().orElseThrow().id(), true, null, now);
        needs.setStatus(needId, need.check(NeedAction.CONFIRM, partnerId), now);
        return moved(need, NeedAction.CONFIRM, partnerId);
    }

    /** "Not quite": the asker says more, and the listener reflects again. */
    @Transactional
    public Need clarify(long partnerId, long needId, String clarification) {
        Need need = act(partnerId, needId, NeedAction.CLARIFY);
        Instant now = clock.instant();
        needs.resolveReflection(need.pendingReflection().orElseThrow().id(), false, clarification, now);
        needs.setStatus(needId, need.check(NeedAction.CLARIFY, partnerId), now);
        return moved(need, NeedAction.CLARIFY, partnerId);
    }

    /**
     * Yes (with when, if it differs from the asked one), another way (the counter-offer is the
     * text), or not now (with when to talk about it).
     */
    @Transactional
    public Need answer(long partnerId, long needId, AnswerNeed answer) {
        NeedAction action = answer.kind().action();
        Need need = act(partnerId, needId, action);
        List<String> labels = answer.text().isEmpty() ? List.of()
                : reviewReply(answer.text()).labels().stream().map(Label::wireName).toList();
        Instant now = clock.instant();
        needs.answer(needId, need.check(action, partnerId), answer.kind(), answer.text(), answer.when(), labels, now);
        // Synchronous, in this transaction: a hand-over accepted by a yes moves with the answer or not at all.
        events.publishEvent(new NeedAnswered(needId, need.coupleId(), partnerId, answer.kind(), now));
        promptWhenDue(need, partnerId, answer, now);
        return moved(need, action, partnerId);
    }

    /**
     * A yes brings the asker back to mark follow-through when its when passes (the answer's, or
     * else the need's); a not now brings both back at the time they will talk.
     */
    private void promptWhenDue(Need need, long listenerId, AnswerNeed answer, Instant now) {
        String path = "/needs/" + need.id();
        java.time.ZoneId zone = partners.zoneOf(listenerId);
        if (answer.kind() == AnswerKind.YES) {
            When when = answer.when().said() ? answer.when() : need.when();
            when.passesAt(now, zone).ifPresent(at -> notifications.promptAt(need.coupleId(), need.askerId(),
                    NotificationKind.FOLLOW_THROUGH_DUE, path, at));
        } else if (answer.kind() == AnswerKind.NOT_NOW) {
            answer.when().passesAt(now, zone).ifPresent(at -> notifications.promptAt(need.coupleId(), null,
                    NotificationKind.TIME_TO_TALK, path, at));
        }
    }

    /** The asker says whether the need was met. Whenever they choose: before the when is fine too. */
    @Transactional
    public Need followThrough(long partnerId, long needId, FollowThrough outcome) {
        Need need = act(partnerId, needId, outcome.action());
        needs.followThrough(needId, need.check(outcome.action(), partnerId), clock.instant());
        return moved(need, outcome.action(), partnerId);
    }

    /** The asker says whether this occurrence of a recurring need happened (the first few only). */
    @Transactional
    public Need markOccurrence(long partnerId, long needId, FollowThrough outcome) {
        Need need = act(partnerId, needId, NeedAction.MARK_OCCURRENCE);
        needs.insertOccurrence(needId, need.nextOccurrence().orElseThrow(), outcome, clock.instant());
        return moved(need, NeedAction.MARK_OCCURRENCE, partnerId);
    }

    /** "Not any more": the asker ends a recurring need; the load item it became is archived with it. */
    @Transactional
    public Need end(long partnerId, long needId) {
        Need need = act(partnerId, needId, NeedAction.END);
        needs.followThrough(needId, need.check(NeedAction.END, partnerId), clock.instant());
        // Synchronous, in this transaction: the item stops being carried exactly when the need ends.
        events.publishEvent(new RecurringNeedEnded(needId, need.coupleId(), partnerId));
        return moved(need, NeedAction.END, partnerId);
    }

    @Transactional
    public Need thank(long partnerId, long needId, String thanks) {
        Need need = act(partnerId, needId, NeedAction.THANK);
        needs.thank(needId, thanks, clock.instant());
        return moved(need, NeedAction.THANK, partnerId);
    }

    /** Home's needs: what waits for whom, and my drafts. One query, whatever the history. */
    public NeedBoard board(long partnerId) {
        long coupleId = couples.requireCoupleId(partnerId);
        List<NeedSummary> forMe = new ArrayList<>();
        List<NeedSummary> forPartner = new ArrayList<>();
        List<NeedSummary> drafts = new ArrayList<>();
        for (NeedSummary need : needs.openAndDrafts(coupleId, partnerId, WAITING_LIMIT)) {
            if (need.status() == NeedStatus.DRAFT) {
                drafts.add(need);
            } else {
                (need.status().askersTurn() == need.askedBy(partnerId) ? forMe : forPartner).add(need);
            }
        }
        return new NeedBoard(forMe, forPartner, drafts);
    }

    /** One page (from 1) of sent needs, newest first; {@code status} null for all. One more than a page tells the caller there is a next. */
    public List<NeedSummary> history(long partnerId, NeedStatus status, int page) {
        long coupleId = couples.requireCoupleId(partnerId);
        if (status == NeedStatus.DRAFT) {
            return needs.drafts(coupleId, partnerId, PAGE_SIZE + 1);
        }
        int from = (Math.max(1, page) - 1) * PAGE_SIZE;
        return needs.history(coupleId, status, PAGE_SIZE + 1, from);
    }

    /** After a step: the other partner is told what the table says, and the need is read as it is now. */
    private Need moved(Need need, NeedAction action, long partnerId) {
        action.tells().ifPresent(kind -> notifications.tell(need.coupleId(), partnerId, kind, "/needs/" + need.id()));
        return needs.find(need.id(), need.coupleId()).orElseThrow();
    }

    private Need act(long partnerId, long needId, NeedAction action) {
        long coupleId = couples.requireCoupleId(partnerId);
        Need need = needs.lock(needId, coupleId).orElseThrow(() -> new NotFoundException("Need"));
        need.check(action, partnerId);
        pauses.requireNotPaused(coupleId, ThreadKind.NEED, needId);
        return need;
    }

    private void requirePartnerJoined(long partnerId) {
        if (!couples.coupleOf(partnerId).map(Couple::complete).orElse(false)) {
            throw new ConflictException(Phrase.of("need.conflict.your-partner-has-not"));
        }
    }

    /** A draft may have gaps; a need that is sent has all three parts. */
    private static NeedText requireComplete(NeedText text) {
        FieldErrors errors = new FieldErrors();
        errors.text("feeling", NeedText.FEELING, text.feeling(), true);
        errors.text("because", NeedText.BECAUSE, text.because(), true);
        errors.text("need", NeedText.NEED, text.request(), true);
        return errors.orThrow(() -> text);
    }
}
