package app.tandem.pause.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.CalmingSuggestions;
import app.tandem.pause.Pause;
import app.tandem.pause.PauseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pauses, for API clients. */
@RestController
@RequestMapping("/api/v1/pauses")
@Tag(name = "Pauses", description = "A timed break in a heated conversation")
class PauseApi {

    record PauseResponse(long id, String thread, long threadId, long pausedBy, Instant startedAt, Instant returnsAt,
            boolean running, String suggestion) {}

    private final PauseService pauses;
    private final CalmingSuggestions calming;

    PauseApi(PauseService pauses, CalmingSuggestions calming) {
        this.pauses = pauses;
        this.calming = calming;
    }

    @Operation(summary = "Pause a conversation: it takes no new messages until the return time")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PauseResponse pause(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody PauseDraft draft) {
        return response(pauses.pause(me.id(), draft.toCommand()), true);
    }

    @Operation(summary = "End a pause early, for both partners")
    @PostMapping("/{id}/end")
    PauseResponse end(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(pauses.endEarly(me.id(), id), false);
    }

    @Operation(summary = "Pauses running now, and those that ended in the last 12 hours")
    @GetMapping
    List<PauseResponse> recent(@AuthenticationPrincipal PartnerPrincipal me) {
        return pauses.notices(me.id()).stream().map(n -> response(n.pause(), n.running())).toList();
    }

    private PauseResponse response(Pause p, boolean running) {
        return new PauseResponse(p.id(), p.threadKind().wireName(), p.threadId(), p.pausedBy(), p.startedAt(),
                p.endsAt(), running, calming.forPause(p.id()));
    }
}
