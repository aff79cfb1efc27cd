package app.tandem.notification.web;

import app.tandem.notification.Notification;
import app.tandem.notification.Notifications;
import app.tandem.partner.PartnerPrincipal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox: what the other partner did, newest first, each entry linking to its thread. */
@Controller
class InboxPages {

    private final Notifications notifications;

    InboxPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "1") int page,
            Model model) {
        List<Notification> found = notifications.inbox(me.id(), page);
        model.addAttribute("view", new InboxView(found.stream().limit(Notifications.PAGE_SIZE).toList(),
                Math.max(1, page), found.size() > Notifications.PAGE_SIZE));
        return "notification/inbox";
    }

    /** htmx: the navigation's count, redrawn when something changes. */
    @GetMapping("/inbox/badge")
    String badge(Model model) {
        return "notification/badge";
    }

    @PostMapping("/inbox/read")
    String allRead(@AuthenticationPrincipal PartnerPrincipal me) {
        notifications.allSeen(me.id());
        return "redirect:/inbox?all-read";
    }
}
