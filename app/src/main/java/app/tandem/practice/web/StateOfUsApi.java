package app.tandem.practice.web;

import app.tandem.kernel.Phrase;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.practice.StateOfUs;
import app.tandem.practice.StateOfUsService;
import app.tandem.practice.WentWell;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The weekly state of us, for API clients. */
@RestController
@RequestMapping("/api/v1/state-of-us")
@Tag(name = "State of us", description = "The couple's weekly guided talk")
class StateOfUsApi {

    record TurnBody(long partnerId, String role, String text, List<String> coachLabels, Instant createdAt) {}

    record MeetingBody(long id, Instant scheduledFor, Long issueSpeaker, String nextRole, boolean open,
            Instant createdAt, Instant closedAt, List<TurnBody> turns) {}

    record WentWellBody(List<String> bidsTurnedToward, List<String> needsMet, List<String> repairs) {}

    record NeedBody(long needId) {}

    private final StateOfUsService meetings;

    private final PartnerService partners;

    StateOfUsApi(StateOfUsService meetings, PartnerService partners) {
        this.partners = partners;
        this.meetings = meetings;
    }

    @Operation(summary = "Plan a state of us (no time: now)")
    @ApiResponse(responseCode = "201", description = "Planned")
    @ApiResponse(responseCode = "400", description = "The time is not a date and time",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "My partner has not joined yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MeetingBody schedule(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody ScheduleDraft draft) {
        return body(meetings.schedule(me.id(), draft.toCommand(partners.timesOf(me.id()))));
    }

    @Operation(summary = "Our latest states of us, newest first")
    @GetMapping
    List<MeetingBody> recent(@AuthenticationPrincipal PartnerPrincipal me) {
        return meetings.recent(me.id()).stream().map(m -> meetings.get(me.id(), m.id())).map(StateOfUsApi::body)
                .toList();
    }

    @Operation(summary = "What went well this week: bids turned toward, needs met, repairs")
    @GetMapping("/went-well")
    WentWellBody wentWell(@AuthenticationPrincipal PartnerPrincipal me) {
        WentWell w = meetings.wentWell(me.id());
        return new WentWellBody(w.bidsTurnedToward(), w.needsMet(), w.repairs());
    }

    @Operation(summary = "One of our states of us; another couple's is 404")
    @ApiResponse(responseCode = "200", description = "The state of us")
    @ApiResponse(responseCode = "404", description = "Not ours",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    MeetingBody get(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return body(meetings.get(me.id(), id));
    }

    @Operation(summary = "Take my turn on the issue: the speaker says it, the listener reflects; the coach reads it")
    @ApiResponse(responseCode = "200", description = "Taken")
    @ApiResponse(responseCode = "400", description = "Empty or too long",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not ours",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not my turn, or the state of us is over",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/turns")
    MeetingBody turn(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @RequestBody TextDraft draft) {
        return body(meetings.takeTurn(me.id(), id, draft.toText("text", Phrase.of("practice.field.turn"))));
    }

    @Operation(summary = "Send what I need next week, as a need")
    @ApiResponse(responseCode = "201", description = "Sent")
    @ApiResponse(responseCode = "400", description = "A part of the need is missing or too long",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not ours",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The state of us is over",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/needs")
    @ResponseStatus(HttpStatus.CREATED)
    NeedBody need(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody NextWeekNeedDraft draft) {
        return new NeedBody(meetings.sendNeed(me.id(), id, draft.toCommand()).id());
    }

    @Operation(summary = "End the state of us")
    @ApiResponse(responseCode = "200", description = "Ended")
    @ApiResponse(responseCode = "404", description = "Not ours",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/close")
    MeetingBody close(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return body(meetings.close(me.id(), id));
    }

    private static MeetingBody body(StateOfUs m) {
        return new MeetingBody(m.id(), m.scheduledFor(), m.issueSpeaker(), m.nextRole().wireName(), m.open(),
                m.createdAt(), m.closedAt(), m.turns().stream().map(t -> new TurnBody(t.partnerId(),
                        t.role().wireName(), t.text(), t.labels(), t.createdAt())).toList());
    }
}
