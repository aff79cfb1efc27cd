package app.tandem.plan.web;

import app.tandem.kernel.Phrase;
import app.tandem.notification.Links;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.plan.CalendarFeeds;
import app.tandem.plan.KnowMeItem;
import app.tandem.plan.KnowMeService;
import app.tandem.plan.MissedAgreement;
import app.tandem.plan.Plan;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanSummary;
import app.tandem.web.TextDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plans for API clients: every step of the pages, through the same service and the same drafts. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Success strategies for a stressful event: predict, plan, signal, debrief")
class PlanApi {

    record PredictionBody(long partnerId, String howHard, String underStress, String needFromYou,
            List<String> coachLabels, Instant writtenAt) {}

    record AgreementBody(long id, String text, boolean missed, Long missedBy) {}

    record TaskBody(long id, String text, Long ownerId) {}

    record SignalBody(long id, long sentBy, String kind, Instant sentAt, Instant seenAt) {}

    record DebriefBody(long partnerId, String hadYourBack, String whatWorked, String changeNextTime, Instant writtenAt) {}

    record PlanBody(long id, String kind, String title, Instant startsAt, String place, String stage,
            List<Long> predictedBy, List<PredictionBody> predictions, String comeFindMe, String needToLeave,
            List<AgreementBody> agreements, List<TaskBody> tasks, List<Long> signedBy, List<SignalBody> signals,
            Instant debriefAt, List<DebriefBody> debriefs) {}

    record SummaryBody(long id, String kind, String title, Instant startsAt, String place, Instant debriefAt) {}

    record TemplateBody(String kind, String label, String suggestedTitle, List<String> agreements) {}

    record MissedBody(long agreementId, String hurtText, String hurtPath) {}

    record NoteBody(long id, String kind, String text, boolean shared) {}

    record ShareBody(Boolean shared) {}

    record FeedDraft(Boolean withTitles) {}

    record FeedBody(String url, boolean withTitles) {}

    record CalendarBody(String ics) {}

    private final PlanService plans;
    private final KnowMeService knowMe;
    private final CalendarFeeds feeds;
    private final PartnerService partners;
    private final Links links;

    PlanApi(PlanService plans, KnowMeService knowMe, CalendarFeeds feeds, PartnerService partners, Links links) {
        this.plans = plans;
        this.knowMe = knowMe;
        this.feeds = feeds;
        this.partners = partners;
        this.links = links;
    }

    @Operation(summary = "The templates a plan can start from, with their suggested agreements")
    @GetMapping("/templates")
    List<TemplateBody> templates() {
        return java.util.Arrays.stream(PlanKind.values())
                .map(k -> new TemplateBody(k.wireName(), k.label(), k.suggestedTitle(), k.suggestedAgreements())).toList();
    }

    @Operation(summary = "Start a plan; startsAt is a local date-time in my zone, or ISO with an offset")
    @ApiResponse(responseCode = "201", description = "Started")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "My partner has not joined yet", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlanBody start(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody PlanDraft draft) {
        return body(plans.start(me.id(), draft.toCommand(partners.timesOf(me.id()))));
    }

    @Operation(summary = "Our plans, newest event first")
    @GetMapping
    List<SummaryBody> list(@AuthenticationPrincipal PartnerPrincipal me) {
        return plans.recent(me.id()).stream().map(PlanApi::summary).toList();
    }

    @Operation(summary = "One of our plans; my partner's prediction only once both are written. Another couple's is 404")
    @ApiResponse(responseCode = "200", description = "The plan")
    @ApiResponse(responseCode = "404", description = "Not ours", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    PlanBody get(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return body(plans.get(me.id(), id));
    }

    @Operation(summary = "Write or rewrite my prediction (private until both are written); the coach reads what I need")
    @ApiResponse(responseCode = "200", description = "Kept")
    @ApiResponse(responseCode = "400", description = "A part is missing or too long", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not ours", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Both are revealed already", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}/prediction")
    PlanBody predict(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody PredictionDraft draft) {
        return body(plans.predict(me.id(), id, draft.toCommand()));
    }

    @Operation(summary = "Our words for the signals")
    @ApiResponse(responseCode = "200", description = "Kept")
    @ApiResponse(responseCode = "409", description = "Predictions are not both in yet", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}/signal-words")
    PlanBody signalWords(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody SignalsDraft draft) {
        return body(plans.setSignals(me.id(), id, draft.toCommand()));
    }

    @Operation(summary = "Add an agreement (a change asks both to sign again)")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "Empty or too long", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Predictions are not both in yet", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    PlanBody agree(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @RequestBody TextDraft draft) {
        return body(plans.addAgreement(me.id(), id, draft.toText("text", Phrase.of("plan.field.agreement"))));
    }

    @Operation(summary = "Remove an agreement")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Not ours", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping("/{id}/agreements/{agreementId}")
    PlanBody removeAgreement(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @PathVariable long agreementId) {
        return body(plans.removeAgreement(me.id(), id, agreementId));
    }

    @Operation(summary = "Who does what: a task for me or my partner, which becomes a one-off load item")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "Empty, or who is not me or you", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    PlanBody task(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @RequestBody TaskDraft draft) {
        return body(plans.addTask(me.id(), id, draft.toCommand()));
    }

    @Operation(summary = "Sign our plan")
    @ApiResponse(responseCode = "200", description = "Signed")
    @ApiResponse(responseCode = "409", description = "Predictions not both in, or no agreement yet", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/signature")
    PlanBody sign(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return body(plans.sign(me.id(), id));
    }

    @Operation(summary = "Send a signal (come-find-me, need-to-leave): my partner is told at once. No location")
    @ApiResponse(responseCode = "201", description = "Sent")
    @ApiResponse(responseCode = "400", description = "Not a signal", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/signals")
    @ResponseStatus(HttpStatus.CREATED)
    PlanBody signal(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @RequestBody SignalDraft draft) {
        return body(plans.signal(me.id(), id, draft.toCommand()));
    }

    @Operation(summary = "I saw my partner's signal: they are told")
    @ApiResponse(responseCode = "200", description = "Acknowledged")
    @ApiResponse(responseCode = "404", description = "Not a signal sent to me", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/signals/{signalId}/seen")
    PlanBody seen(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @PathVariable long signalId) {
        return body(plans.acknowledge(me.id(), id, signalId));
    }

    @Operation(summary = "When we debrief: both are reminded then")
    @ApiResponse(responseCode = "200", description = "Planned")
    @ApiResponse(responseCode = "400", description = "Not a time, or before the event", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}/debrief-time")
    PlanBody debriefTime(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody DebriefTimeDraft draft) {
        return body(plans.scheduleDebrief(me.id(), id, draft.toCommand(partners.timesOf(me.id()))));
    }

    @Operation(summary = "My debrief: did I have your back, what worked, what to change next time")
    @ApiResponse(responseCode = "200", description = "Shared")
    @ApiResponse(responseCode = "400", description = "A part is missing or too long", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The event has not happened yet", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}/debrief")
    PlanBody debrief(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody DebriefDraft draft) {
        return body(plans.debrief(me.id(), id, draft.toCommand()));
    }

    @Operation(summary = "An agreement was missed: marked, with the words a hurt can start from (POST them to /api/v1/hurts)")
    @ApiResponse(responseCode = "200", description = "Marked")
    @ApiResponse(responseCode = "404", description = "Not ours", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The event has not happened yet", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/agreements/{agreementId}/missed")
    MissedBody missed(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @PathVariable long agreementId) {
        MissedAgreement m = plans.markMissed(me.id(), id, agreementId);
        return new MissedBody(m.agreementId(), m.hurtText(), m.hurtPath());
    }

    @Operation(summary = "The plan as iCalendar text: the event, a reminder before, the debrief")
    @ApiResponse(responseCode = "200", description = "The .ics")
    @ApiResponse(responseCode = "404", description = "Not ours", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/calendar")
    CalendarBody calendar(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return new CalendarBody(feeds.ofPlan(plans.get(me.id(), id), links.to("")));
    }

    // --- what we know about each other ---

    @Operation(summary = "My own notes: hard for me, helps me")
    @GetMapping("/know-me")
    List<NoteBody> mine(@AuthenticationPrincipal PartnerPrincipal me) {
        return knowMe.mine(me.id()).stream().map(PlanApi::note).toList();
    }

    @Operation(summary = "What my partner chose to share with me")
    @GetMapping("/know-me/shared-with-me")
    List<NoteBody> theirs(@AuthenticationPrincipal PartnerPrincipal me) {
        return knowMe.sharedWithMe(me.id()).stream().map(PlanApi::note).toList();
    }

    @Operation(summary = "Add a note (kind: hard or helps), shared or not")
    @ApiResponse(responseCode = "201", description = "Kept")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/know-me")
    @ResponseStatus(HttpStatus.CREATED)
    NoteBody addNote(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody KnowMeDraft draft) {
        return note(knowMe.add(me.id(), draft.toCommand()));
    }

    @Operation(summary = "Share a note with my partner, or keep it to myself")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "404", description = "Not my note", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/know-me/{noteId}/shared")
    NoteBody share(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long noteId, @RequestBody ShareBody body) {
        return note(knowMe.share(me.id(), noteId, body != null && Boolean.TRUE.equals(body.shared())));
    }

    @Operation(summary = "Remove a note")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Not my note", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping("/know-me/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeNote(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long noteId) {
        knowMe.remove(me.id(), noteId);
    }

    // --- the calendar subscription ---

    @Operation(summary = "A new secret calendar link (shown once; the old one stops working). Titles only if asked")
    @ApiResponse(responseCode = "201", description = "The link")
    @PostMapping("/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    FeedBody renewFeed(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody(required = false) FeedDraft draft) {
        boolean titles = draft != null && Boolean.TRUE.equals(draft.withTitles());
        return new FeedBody(links.to(feeds.renew(me.id(), titles)), titles);
    }

    @Operation(summary = "Revoke my calendar link: its address is 404 from now on")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeFeed(@AuthenticationPrincipal PartnerPrincipal me) {
        feeds.revoke(me.id());
    }

    private static NoteBody note(KnowMeItem i) {
        return new NoteBody(i.id(), i.kind().wireName(), i.text(), i.shared());
    }

    private static SummaryBody summary(PlanSummary p) {
        return new SummaryBody(p.id(), p.kind().wireName(), p.title(), p.startsAt(), p.place(), p.debriefAt());
    }

    static PlanBody body(Plan p) {
        return new PlanBody(p.id(), p.kind().wireName(), p.title(), p.startsAt(), p.place(), p.stage().wireName(),
                p.predictedBy().stream().sorted().toList(),
                p.predictions().stream().map(x -> new PredictionBody(x.partnerId(), x.howHard(), x.underStress(),
                        x.needFromYou(), x.labels(), x.writtenAt())).toList(),
                p.comeFindMe(), p.needToLeave(),
                p.agreements().stream().map(a -> new AgreementBody(a.id(), a.text(), a.missed(), a.missedBy())).toList(),
                p.tasks().stream().map(t -> new TaskBody(t.id(), t.text(), t.ownerId())).toList(),
                p.signedBy().stream().sorted().toList(),
                p.signals().stream().map(s -> new SignalBody(s.id(), s.sentBy(), s.kind().wireName(), s.sentAt(),
                        s.seenAt())).toList(),
                p.debriefAt(),
                p.debriefs().stream().map(d -> new DebriefBody(d.partnerId(), d.hadYourBack(), d.whatWorked(),
                        d.changeNextTime(), d.writtenAt())).toList());
    }
}
