package app.tandem.practice.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.practice.OwnPlan;
import app.tandem.practice.PracticeBoard;
import app.tandem.practice.PracticeService;
import app.tandem.practice.SmallAskLibrary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** My practice, for API clients: chosen practices, small asks, plans of my own. The caller's alone. */
@RestController
@RequestMapping("/api/v1/practice")
@Tag(name = "Practice", description = "Small asks and a life of my own, chosen by me and seen by me alone")
class PracticeApi {

    record PracticeBody(Integer smallAsksWeekly, boolean lifeOfMyOwn, int smallAsksThisWeek, int smallAsksEver,
            int weeksPractised, List<PlanBody> plans, List<String> library) {}

    record PlanBody(long id, String text, LocalDate plannedFor, Instant createdAt, Instant doneAt) {}

    record SentBody(String threadPath) {}

    private final PracticeService practice;

    private final PartnerService partners;

    PracticeApi(PracticeService practice, PartnerService partners) {
        this.partners = partners;
        this.practice = practice;
    }

    @Operation(summary = "My practice: what I chose, the quiet counts (weeks practised never reset), my plans")
    @GetMapping
    PracticeBody get(@AuthenticationPrincipal PartnerPrincipal me) {
        return body(practice.board(me.id(), partners.timesOf(me.id())));
    }

    @Operation(summary = "Choose my practices: small asks a week (null for none) and a life of my own")
    @ApiResponse(responseCode = "200", description = "Chosen")
    @ApiResponse(responseCode = "400", description = "The number is off the range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping
    PracticeBody choose(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody ChoiceDraft draft) {
        practice.choose(me.id(), draft.toCommand());
        return body(practice.board(me.id(), partners.timesOf(me.id())));
    }

    @Operation(summary = "Send a small ask to my partner as a bid or a need; my count moves, theirs does not exist")
    @ApiResponse(responseCode = "201", description = "Sent; the thread it became")
    @ApiResponse(responseCode = "400", description = "No words, too long, or neither bid nor need",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "My partner has not joined yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/small-asks")
    @ResponseStatus(HttpStatus.CREATED)
    SentBody ask(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody SmallAskDraft draft) {
        return new SentBody(practice.sendSmallAsk(me.id(), draft.toCommand()));
    }

    @Operation(summary = "Plan something I do for myself")
    @ApiResponse(responseCode = "201", description = "Planned")
    @ApiResponse(responseCode = "400", description = "No words, or the day is not a date",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/own-plans")
    @ResponseStatus(HttpStatus.CREATED)
    PlanBody plan(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody PlanDraft draft) {
        return plan(practice.plan(me.id(), draft.toCommand()));
    }

    @Operation(summary = "Mark one of my plans done")
    @ApiResponse(responseCode = "200", description = "Done")
    @ApiResponse(responseCode = "404", description = "Not one of my plans",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/own-plans/{id}/done")
    PlanBody done(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return plan(practice.markDone(me.id(), id));
    }

    private static PracticeBody body(PracticeBoard b) {
        return new PracticeBody(b.choice().smallAsksWeekly(), b.choice().lifeOfMyOwn(), b.smallAsksThisWeek(),
                b.smallAsksEver(), b.weeksPractised(), b.plans().stream().map(PracticeApi::plan).toList(),
                SmallAskLibrary.said());
    }

    private static PlanBody plan(OwnPlan p) {
        return new PlanBody(p.id(), p.text(), p.plannedFor(), p.createdAt(), p.doneAt());
    }
}
