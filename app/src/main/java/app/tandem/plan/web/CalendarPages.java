package app.tandem.plan.web;

import app.tandem.notification.Links;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.plan.CalendarFeeds;
import app.tandem.plan.PlanService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Plans in a calendar: one plan's .ics (signed in), and a partner's subscription link, read by a
 * calendar app without sign-in (permitted in SecurityConfiguration): its secret is the authority.
 */
@Controller
class CalendarPages {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final PlanService plans;
    private final Links links;

    CalendarPages(CalendarFeeds feeds, PlanService plans, Links links) {
        this.feeds = feeds;
        this.plans = plans;
        this.links = links;
    }

    @GetMapping("/plans/{id}/calendar.ics")
    ResponseEntity<String> planFile(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + id + ".ics\"")
                .body(feeds.ofPlan(plans.get(me.id(), id), links.to("")));
    }

    /** The subscription itself: an unknown or revoked link is 404 (the error handler's), like any missing thing. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(feeds.feed(token, links.to("")));
    }

    @GetMapping("/plans/calendar")
    String page(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return page(me, "", model);
    }

    @PostMapping("/plans/calendar")
    String renew(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "false") boolean withTitles,
            Model model) {
        // The link is shown this once, on this page, never kept: only its hash is stored.
        return page(me, links.to(feeds.renew(me.id(), withTitles)), model);
    }

    @PostMapping("/plans/calendar/revoke")
    String revoke(@AuthenticationPrincipal PartnerPrincipal me) {
        feeds.revoke(me.id());
        return "redirect:/plans/calendar?feed-revoked";
    }

    private String page(PartnerPrincipal me, String newLink, Model model) {
        var status = feeds.status(me.id());
        model.addAttribute("hasFeed", status.isPresent());
        model.addAttribute("withTitles", status.orElse(false));
        model.addAttribute("newLink", newLink);
        return "plan/calendar";
    }
}
