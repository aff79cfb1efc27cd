package app.tandem.timeline.web;

import app.tandem.timeline.TimelineService;
import app.tandem.partner.PartnerPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The couple's timeline page. */
@Controller
class TimelinePages {

    private final TimelineService timeline;

    TimelinePages(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/timeline")
    String page(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        model.addAttribute("entries", timeline.timeline(me.id()));
        return "timeline/timeline";
    }
}
