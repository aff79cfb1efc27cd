package app.tandem.notification.web;

import app.tandem.couple.CoupleService;
import app.tandem.couple.Couple;
import app.tandem.notification.LiveStreams;
import app.tandem.partner.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

    private final LiveStreams streams;
    private final CoupleService couples;

    LiveEvents(LiveStreams streams, CoupleService couples) {
        this.streams = streams;
        this.couples = couples;
    }

    @Operation(summary = "Server-sent events: an event named \"changed\" each time the couple's data changes")
    @GetMapping(path = {"/events", "/api/v1/events"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@AuthenticationPrincipal PartnerPrincipal me) {
        return streams.open(couples.coupleOf(me.id()).map(Couple::id).orElse(0L));
    }
}
