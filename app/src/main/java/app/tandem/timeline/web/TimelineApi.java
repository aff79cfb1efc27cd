package app.tandem.timeline.web;

import app.tandem.timeline.TimelineEntry;
import app.tandem.timeline.TimelineService;
import app.tandem.partner.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The couple's timeline, for API clients. */
@RestController
@Tag(name = "Timeline", description = "The couple's story, newest first")
class TimelineApi {

    private final TimelineService timeline;

    TimelineApi(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Operation(summary = "The latest 40 moments: agreement versions, needs, bids, hurts, repairs and reminders")
    @GetMapping("/api/v1/timeline")
    List<TimelineEntry> timeline(@AuthenticationPrincipal PartnerPrincipal me) {
        return timeline.timeline(me.id());
    }
}
