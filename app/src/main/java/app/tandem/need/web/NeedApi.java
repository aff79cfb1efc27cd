package app.tandem.need.web;

import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.partner.PartnerService;
import app.tandem.need.Need;
import app.tandem.need.NeedService;
import app.tandem.need.NeedStatus;
import app.tandem.need.NeedSummary;
import app.tandem.need.When;
import app.tandem.coach.NeedReview;
import app.tandem.kernel.InvalidInputException;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.web.ReviewResponse;
import app.tandem.web.TextDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Needs, for API clients: every action the pages offer, under the same state machine. */
@RestController
@RequestMapping("/api/v1/needs")
@Tag(name = "Needs", description = "I feel / because / I need: compose, reflect, answer, follow through")
class NeedApi {

    record WhenResponse(Instant at, String period) {}

    record ReflectionResponse(String text, Instant createdAt, String state, String clarification) {}

    record AnswerResponse(String kind, String text, WhenResponse when, List<String> coachLabels, Instant answeredAt) {}

    record NeedResponse(long id, String status, long askerId, boolean mine, String feeling, String because,
            String need, WhenResponse when, List<String> coachLabels, Instant createdAt, Instant sentAt,
            List<ReflectionResponse> reflections, AnswerResponse answer, Instant followedUpAt, String thanks,
            String repeats, List<OccurrenceResponse> occurrences) {}

    record OccurrenceResponse(int number, String outcome, Instant markedAt) {}

    record SummaryResponse(long id, String status, long askerId, boolean mine, String feeling, String need,
            WhenResponse when, Instant updatedAt) {}

    record PageResponse(List<SummaryResponse> needs, int page, boolean hasMore) {}

    record NeedReviewResponse(ReviewResponse feeling, ReviewResponse because, ReviewResponse need, String suggestion) {}

    private final NeedService needs;
    private final PartnerService partners;

    NeedApi(NeedService needs, PartnerService partners) {
        this.partners = partners;
        this.needs = needs;
    }

    @Operation(summary = "Write a need: kept as a private draft, or sent at once with \"send\": true")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NeedResponse create(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody NeedDraft draft) {
        Need need = draft.sendNow() ? needs.send(me.id(), draft.toText(true, partners.timesOf(me.id())))
                : needs.saveDraft(me.id(), draft.toText(false, partners.timesOf(me.id())));
        return response(need, me.id());
    }

    @Operation(summary = "Our needs (my drafts only with status=draft), newest first, 20 a page")
    @GetMapping
    PageResponse list(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page) {
        NeedStatus filter = NeedStatus.parse(status);
        if (status != null && !status.isBlank() && filter == null) {
            throw new InvalidInputException("status", Phrase.of("need.error.status"));
        }
        List<NeedSummary> found = needs.history(me.id(), filter, page);
        List<SummaryResponse> shown = found.stream().limit(NeedService.PAGE_SIZE).map(n -> summary(n, me.id())).toList();
        return new PageResponse(shown, Math.max(1, page), found.size() > NeedService.PAGE_SIZE);
    }

    @Operation(summary = "A need of ours; another couple's, or my partner's draft, is 404")
    @GetMapping("/{id}")
    NeedResponse get(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(needs.get(me.id(), id), me.id());
    }

    @Operation(summary = "Change my draft")
    @PutMapping("/{id}")
    NeedResponse update(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody NeedDraft draft) {
        return response(needs.updateDraft(me.id(), id, draft.toText(false, partners.timesOf(me.id()))), me.id());
    }

    @Operation(summary = "Discard my draft")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        needs.discard(me.id(), id);
    }

    @Operation(summary = "Send my draft to my partner")
    @PostMapping("/{id}/send")
    NeedResponse send(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(needs.sendDraft(me.id(), id), me.id());
    }

    @Operation(summary = "Reflect (the listener): \"What I hear is…\"")
    @PostMapping("/{id}/reflection")
    NeedResponse reflect(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody TextDraft draft) {
        return response(needs.reflect(me.id(), id, draft.toText("reflection", Phrase.of("need.field.reflection"))), me.id());
    }

    @Operation(summary = "Confirm the reflection (the asker): \"Yes, that's it\"")
    @PostMapping("/{id}/reflection/confirm")
    NeedResponse confirm(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(needs.confirm(me.id(), id), me.id());
    }

    @Operation(summary = "Clarify the reflection (the asker); the listener reflects again")
    @PostMapping("/{id}/reflection/clarify")
    NeedResponse clarify(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody TextDraft draft) {
        return response(needs.clarify(me.id(), id, draft.toText("clarification", Phrase.of("need.field.clarification"))), me.id());
    }

    @Operation(summary = "Answer (the listener): kind yes, other_way or not_now")
    @PostMapping("/{id}/answer")
    NeedResponse answer(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody AnswerDraft draft) {
        return response(needs.answer(me.id(), id, draft.toCommand(partners.timesOf(me.id()))), me.id());
    }

    @Operation(summary = "Mark the follow-through (the asker): outcome met or missed")
    @PostMapping("/{id}/follow-through")
    NeedResponse followThrough(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody FollowThroughDraft draft) {
        return response(needs.followThrough(me.id(), id, draft.toCommand()), me.id());
    }

    @Operation(summary = "A recurring need (the asker): whether this occurrence happened, met or missed, for the first four")
    @PostMapping("/{id}/occurrences")
    NeedResponse markOccurrence(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody FollowThroughDraft draft) {
        return response(needs.markOccurrence(me.id(), id, draft.toCommand()), me.id());
    }

    @Operation(summary = "End a recurring need (the asker): \"not any more\"; the load item it became is archived")
    @PostMapping("/{id}/end")
    NeedResponse end(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(needs.end(me.id(), id), me.id());
    }

    @Operation(summary = "Thank my partner for a need they met")
    @PostMapping("/{id}/thanks")
    NeedResponse thank(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody TextDraft draft) {
        return response(needs.thank(me.id(), id, draft.toText("thanks", Phrase.of("need.field.thanks"))), me.id());
    }

    @Operation(summary = "The coach's review of a need being written (nothing is stored)")
    @PostMapping("/review")
    NeedReviewResponse review(@RequestBody NeedDraft draft) {
        NeedReview review = needs.review(draft.forCoach());
        return new NeedReviewResponse(ReviewResponse.of(review.feeling()), ReviewResponse.of(review.because()),
                ReviewResponse.of(review.need()), review.suggestion());
    }

    @Operation(summary = "The coach's review of an answer being written (nothing is stored)")
    @PostMapping("/answer-review")
    ReviewResponse reviewAnswer(@RequestBody TextDraft draft) {
        return ReviewResponse.of(needs.reviewReply(draft.text()));
    }

    @Operation(summary = "The coach's review of a reflection being written (\"what I hear is…\"; nothing is stored): "
            + "the asker's own words said back are not criticism")
    @ApiResponse(responseCode = "200", description = "The review")
    @ApiResponse(responseCode = "404", description = "No such need in my couple",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/reflection-review")
    ReviewResponse reviewReflection(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody TextDraft draft) {
        return ReviewResponse.of(needs.reviewReflection(needs.get(me.id(), id), draft.text()));
    }

    private static WhenResponse when(When when) {
        return when.said() ? new WhenResponse(when.at(), when.period() == null ? null : when.period().wireName()) : null;
    }

    private static SummaryResponse summary(NeedSummary n, long me) {
        return new SummaryResponse(n.id(), n.status().wireName(), n.askerId(), n.askedBy(me), n.feeling(), n.request(),
                when(n.when()), n.updatedAt());
    }

    private static NeedResponse response(Need n, long me) {
        List<ReflectionResponse> reflections = n.reflections().stream()
                .map(r -> new ReflectionResponse(r.text(), r.createdAt(),
                        r.pending() ? "pending" : r.confirmed() ? "confirmed" : "clarified", r.clarification()))
                .toList();
        AnswerResponse answer = n.answer().map(a -> new AnswerResponse(a.kind().wireName(), a.text(), when(a.when()),
                a.coachLabels(), a.answeredAt())).orElse(null);
        return new NeedResponse(n.id(), n.status().wireName(), n.askerId(), n.askedBy(me), n.feeling(), n.because(),
                n.request(), when(n.when()), n.coachLabels(), n.createdAt(), n.sentAt(), reflections, answer,
                n.followedUpAt(), n.thanks(), n.recurrence().wireName(), n.occurrences().stream()
                        .map(o -> new OccurrenceResponse(o.number(), o.outcome().name().toLowerCase(), o.markedAt())).toList());
    }
}
