package app.tandem.need;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.NeedReview;
import app.tandem.coach.Review;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.pause.PauseService;
import app.tandem.pause.ThreadKind;
import app.tandem.web.ConflictException;
import app.tandem.web.NotFoundException;
import app.tandem.web.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    NeedService(NeedRepository needs, CoupleService couples, Coach coach, Clock clock,
            ApplicationEventPublisher events, PauseService pauses) {
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

    public Need get(long partnerId, long needId) {
        long coupleId = couples.requireCoupleId(partnerId);
        return needs.find(needId, coupleId).filter(n -> n.visibleTo(partnerId))
                .orElseThrow(() -> new NotFoundException("Need"));
    }

    /** Keeps a draft, private to its author until sent or discarded. Empty fields are fine in a draft. */
    @Transactional
    public Need saveDraft(long partnerId, NeedText text) {
        long coupleId = couples.requireCoupleId(partnerId);
        NeedText checked = checked(text, false);
        long id = needs.insertDraft(coupleId, partnerId, checked, clock.instant());
        return needs.find(id, coupleId).orElseThrow();
    }

    @Transactional
    public Need updateDraft(long partnerId, long needId, NeedText text) {
        Need need = act(partnerId, needId, NeedAction.EDIT);
        needs.updateDraft(need.id(), checked(text, false), clock.instant());
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    @Transactional
    public void discard(long partnerId, long needId) {
        Need need = act(partnerId, needId, NeedAction.DISCARD);
        needs.delete(need.id());
    }

    /** Writes and sends a need in one step. */
    @Transactional
    public Need send(long partnerId, NeedText text) {
        long coupleId = couples.requireCoupleId(partnerId);
        NeedText checked = checked(text, true);
        requirePartnerJoined(partnerId);
        long id = needs.insertDraft(coupleId, partnerId, checked, clock.instant());
        return sendDraft(partnerId, id);
    }

    /**
     * Sends a draft, as it is now. The coach advises and never blocks: the need goes whatever
     * it finds, and the labels it showed are kept with it.
     */
    @Transactional
    public Need sendDraft(long partnerId, long needId) {
        Need need = act(partnerId, needId, NeedAction.SEND);
        NeedText text = checked(new NeedText(need.feeling(), need.because(), need.request(), need.when()), true);
        requirePartnerJoined(partnerId);
        NeedReview review = review(text);
        Set<String> labels = new LinkedHashSet<>();
        for (Review r : List.of(review.feeling(), review.because(), review.need())) {
            r.labels().stream().map(Label::wireName).forEach(labels::add);
        }
        needs.send(needId, new ArrayList<>(labels), clock.instant());
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    /** The listener's "what I hear is…". */
    @Transactional
    public Need reflect(long partnerId, long needId, String text) {
        Need need = act(partnerId, needId, NeedAction.REFLECT);
        String reflection = required("reflection", "Your reflection", text);
        Instant now = clock.instant();
        needs.insertReflection(needId, reflection, now);
        needs.setStatus(needId, NeedStatus.REFLECTED, now);
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    /** "Yes, that's it": the asker feels heard, and the listener may answer. */
    @Transactional
    public Need confirm(long partnerId, long needId) {
        Need need = act(partnerId, needId, NeedAction.CONFIRM);
        Instant now = clock.instant();
        needs.resolveReflection(need.pendingReflection().orElseThrow().id(), true, null, now);
        needs.setStatus(needId, NeedStatus.HEARD, now);
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    /** "Not quite": the asker says more, and the listener reflects again. */
    @Transactional
    public Need clarify(long partnerId, long needId, String text) {
        Need need = act(partnerId, needId, NeedAction.CLARIFY);
        String clarification = required("clarification", "Your clarification", text);
        Instant now = clock.instant();
        needs.resolveReflection(need.pendingReflection().orElseThrow().id(), false, clarification, now);
        needs.setStatus(needId, NeedStatus.SENT, now);
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    /**
     * Yes (with when, if it differs from the asked one), another way (the counter-offer is the
     * text), or not now (with when to talk about it).
     */
    @Transactional
    public Need answer(long partnerId, long needId, AnswerKind kind, String text, When when) {
        Need need = act(partnerId, needId, NeedAction.ANSWER);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Choose yes, another way, or not now.");
        }
        String answer = TextRules.check(errors, "text", "Your answer", text, kind == AnswerKind.OTHER_WAY);
        When answerWhen = when == null ? When.UNSAID : when;
        if (kind == AnswerKind.NOT_NOW && !answerWhen.said()) {
            errors.put("when", "Say when you can talk about it.");
        }
        TextRules.throwIfAny(errors);
        List<String> labels = answer.isEmpty() ? List.of()
                : reviewReply(answer).labels().stream().map(Label::wireName).toList();
        Instant now = clock.instant();
        needs.answer(needId, kind, answer, answerWhen, labels, now);
        // Synchronous, in this transaction: a hand-over accepted by a yes moves with the answer or not at all.
        events.publishEvent(new NeedAnswered(needId, need.coupleId(), partnerId, kind, now));
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    /** The asker says whether the need was met. Whenever they choose: before the when is fine too. */
    @Transactional
    public Need followThrough(long partnerId, long needId, boolean met) {
        Need need = act(partnerId, needId, NeedAction.FOLLOW_THROUGH);
        Instant now = clock.instant();
        needs.followThrough(needId, met ? NeedStatus.MET : NeedStatus.MISSED, now);
        if (!met) {
            events.publishEvent(new NeedMissed(needId, need.coupleId(), partnerId, now));
        }
        return needs.find(needId, need.coupleId()).orElseThrow();
    }

    @Transactional
    public Need thank(long partnerId, long needId, String text) {
        Need need = act(partnerId, needId, NeedAction.THANK);
        needs.thank(needId, required("thanks", "Your thank-you", text), clock.instant());
        return needs.find(needId, need.coupleId()).orElseThrow();
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
                (askersTurn(need) == need.askedBy(partnerId) ? forMe : forPartner).add(need);
            }
        }
        return new NeedBoard(forMe, forPartner, drafts);
    }

    /** The asker confirms a reflection and marks the follow-through; the partner does the rest. */
    private static boolean askersTurn(NeedSummary need) {
        return switch (need.status()) {
            case REFLECTED, ANSWERED_YES, ANSWERED_OTHER_WAY -> true;
            default -> false;
        };
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

    private Need act(long partnerId, long needId, NeedAction action) {
        long coupleId = couples.requireCoupleId(partnerId);
        Need need = needs.lock(needId, coupleId).orElseThrow(() -> new NotFoundException("Need"));
        need.check(action, partnerId);
        pauses.requireNotPaused(coupleId, ThreadKind.NEED, needId);
        return need;
    }

    private void requirePartnerJoined(long partnerId) {
        if (!couples.coupleOf(partnerId).map(Couple::complete).orElse(false)) {
            throw new ConflictException("Your partner has not joined yet: a need is sent to your partner.");
        }
    }

    private static NeedText checked(NeedText text, boolean sending) {
        Map<String, String> errors = new LinkedHashMap<>();
        String feeling = TextRules.check(errors, "feeling", "“I feel”", text.feeling(), sending);
        String because = TextRules.check(errors, "because", "“Because”", text.because(), sending);
        String request = TextRules.check(errors, "need", "“I need”", text.request(), sending);
        TextRules.throwIfAny(errors);
        return new NeedText(feeling, because, request, text.when());
    }

    private static String required(String field, String what, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        String checked = TextRules.check(errors, field, what, text, true);
        TextRules.throwIfAny(errors);
        return checked;
    }
}
