package app.tandem.notification.web;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.notification.LiveStreams;
import app.tandem.partner.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events: "changed" whenever the couple's data changes, on any node. Pages listen
 * through htmx's sse extension and redraw themselves; API clients re-read what they show.
 */
@RestController
@Tag(name = "Events", description = "A stream that says when the couple's data changed")
class LiveEvents {

    private static final String RETRY_AFTER = "30";

    private final LiveStreams streams;
    private final CoupleService couples;

    LiveEvents(LiveStreams streams, CoupleService couples) {
        this.streams = streams;
        this.couples = couples;
    }

    @Operation(summary = "Server-sent events: an event named \"changed\" each time the couple's data changes")
    @ApiResponse(responseCode = "200", description = "The stream; it ends after 30 minutes and the client reconnects",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "This node holds as many open streams as it may: try again later "
            + "(Retry-After) or another node; everything else works without the stream",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = {"/events", "/api/v1/events"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@AuthenticationPrincipal PartnerPrincipal me) {
        return streams.open(couples.coupleOf(me.id()).map(Couple::id).orElse(0L));
    }

    /** Set as problem JSON explicitly: the client asked for an event stream, which an error is not. */
    @ExceptionHandler(LiveStreams.StreamsFullException.class)
    ResponseEntity<ProblemDetail> full(LiveStreams.StreamsFullException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "This server has as many live pages open as it can hold; pages work without live updates.");
        problem.setTitle("Live updates are full");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
