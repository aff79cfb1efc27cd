package app.tandem.practice.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.practice.CheckIn;
import app.tandem.practice.CheckInService;
import app.tandem.practice.CheckInStatements;
import app.tandem.practice.SharedLeaning;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The private check-in, for API clients: only ever the caller's own. */
@RestController
@Tag(name = "Check-ins", description = "A private self-reflection on the spectrum; the caller's own, never the partner's")
class CheckInApi {

    record StatementBody(int number, String text) {}

    record CheckInBody(long id, int version, List<Integer> answers, int position, String leaning, String words,
            String meaning, Instant takenAt) {}

    record SharedBody(long partnerId, String leaning, String words, Instant sharedAt) {}

    private final CheckInService checkIns;

    CheckInApi(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Operation(summary = "The statements, in order, answered 1 (not at all like me) to 5 (very like me)")
    @GetMapping("/api/v1/check-ins/statements")
    List<StatementBody> statements() {
        return CheckInStatements.ALL.stream().map(s -> new StatementBody(s.number(), s.text().say())).toList();
    }

    @Operation(summary = "Take a check-in: one answer per statement; the result is a place on the spectrum, not a diagnosis")
    @ApiResponse(responseCode = "201", description = "Taken")
    @ApiResponse(responseCode = "400", description = "An answer is missing or off the scale; every one is named",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/v1/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    CheckInBody take(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody CheckInDraft draft) {
        return body(checkIns.take(me.id(), draft.toCommand()));
    }

    @Operation(summary = "My check-ins, newest first")
    @GetMapping("/api/v1/check-ins")
    List<CheckInBody> history(@AuthenticationPrincipal PartnerPrincipal me) {
        return checkIns.history(me.id()).stream().map(CheckInApi::body).toList();
    }

    @Operation(summary = "One of my check-ins; anyone else's is 404")
    @ApiResponse(responseCode = "200", description = "The check-in")
    @ApiResponse(responseCode = "404", description = "Not one of mine",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/v1/check-ins/{id}")
    CheckInBody get(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return body(checkIns.get(me.id(), id));
    }

    @Operation(summary = "Share a leaning with my partner, in my words (the check-in itself stays mine)")
    @ApiResponse(responseCode = "200", description = "Shared")
    @ApiResponse(responseCode = "400", description = "No leaning, or no words",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not in a couple",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/api/v1/leaning")
    SharedBody share(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody ShareDraft draft) {
        return shared(checkIns.share(me.id(), draft.toCommand()));
    }

    @Operation(summary = "Stop sharing my leaning")
    @DeleteMapping("/api/v1/leaning")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unshare(@AuthenticationPrincipal PartnerPrincipal me) {
        checkIns.unshare(me.id());
    }

    @Operation(summary = "The leanings shared in our couple: mine and my partner's, as each chose to say them")
    @GetMapping("/api/v1/leanings")
    List<SharedBody> sharedLeanings(@AuthenticationPrincipal PartnerPrincipal me) {
        return checkIns.shared(me.id()).stream().map(CheckInApi::shared).toList();
    }

    private static CheckInBody body(CheckIn c) {
        return new CheckInBody(c.id(), c.version(), c.answers(), c.position(), c.leaning().wireName(),
                c.leaning().words().say(), c.leaning().meaning().say(), c.takenAt());
    }

    private static SharedBody shared(SharedLeaning s) {
        return new SharedBody(s.partnerId(), s.leaning().wireName(), s.words(), s.sharedAt());
    }
}
