package app.tandem.practice.web;

import app.tandem.kernel.Phrase;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.practice.Appreciation;
import app.tandem.practice.AppreciationService;
import app.tandem.practice.BringsMap;
import app.tandem.practice.WhatEachBrings;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Appreciations and what each brings, for API clients. */
@RestController
@Tag(name = "Appreciations", description = "Notes of gratitude, and the give-and-receive map of what each brings")
class AppreciationApi {

    record AppreciationBody(long id, long fromId, boolean mine, String text, Instant createdAt) {}

    record PageBody(List<AppreciationBody> appreciations, int page, boolean hasMore) {}

    record SideBody(long authorId, List<String> youBring, List<String> iBring, Instant updatedAt) {}

    record BringsBody(SideBody mine, SideBody partners) {}

    private final AppreciationService appreciations;

    AppreciationApi(AppreciationService appreciations) {
        this.appreciations = appreciations;
    }

    @Operation(summary = "Send my partner an appreciation")
    @ApiResponse(responseCode = "201", description = "Sent")
    @ApiResponse(responseCode = "400", description = "Empty or too long",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "My partner has not joined yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/v1/appreciations")
    @ResponseStatus(HttpStatus.CREATED)
    AppreciationBody send(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody TextDraft draft) {
        return body(appreciations.send(me.id(), draft.toText("text", Phrase.of("practice.field.appreciation"))), me.id());
    }

    @Operation(summary = "Our appreciations, both ways, newest first, 30 a page")
    @GetMapping("/api/v1/appreciations")
    PageBody list(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "1") int page) {
        List<Appreciation> found = appreciations.recent(me.id(), page);
        return new PageBody(found.stream().limit(AppreciationService.PAGE_SIZE).map(a -> body(a, me.id())).toList(),
                Math.max(1, page), found.size() > AppreciationService.PAGE_SIZE);
    }

    @Operation(summary = "One of our appreciations; another couple's is 404")
    @ApiResponse(responseCode = "200", description = "The appreciation")
    @ApiResponse(responseCode = "404", description = "Not ours",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/v1/appreciations/{id}")
    AppreciationBody get(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return body(appreciations.get(me.id(), id), me.id());
    }

    @Operation(summary = "What each of us brings, side by side")
    @GetMapping("/api/v1/brings")
    BringsBody brings(@AuthenticationPrincipal PartnerPrincipal me) {
        return brings(appreciations.brings(me.id()));
    }

    @Operation(summary = "Write my side: what my partner brings me, what I bring; one line an item")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "Both empty, or too long",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/api/v1/brings")
    BringsBody saveBrings(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody BringsDraft draft) {
        return brings(appreciations.saveBrings(me.id(), draft.toCommand()));
    }

    private static AppreciationBody body(Appreciation a, long me) {
        return new AppreciationBody(a.id(), a.fromId(), a.sentBy(me), a.text(), a.createdAt());
    }

    private static BringsBody brings(BringsMap map) {
        return new BringsBody(side(map.mine()), side(map.partners()));
    }

    private static SideBody side(WhatEachBrings w) {
        return new SideBody(w.authorId(), w.youBringItems(), w.iBringItems(), w.updatedAt());
    }
}
