package app.tandem.notification.web;

import app.tandem.notification.DeliveryChannel.Channel;
import app.tandem.notification.NotificationPreferences;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** What reaches me, per topic, and my quiet hours; linked from the account page and every e-mail. */
@Controller
class PreferencesPages {

    private final NotificationPreferences preferences;
    private final PartnerService partners;

    PreferencesPages(NotificationPreferences preferences, PartnerService partners) {
        this.preferences = preferences;
        this.partners = partners;
    }

    @GetMapping("/settings/notifications")
    String show(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return draw(me.id(), Map.of(), model);
    }

    @PostMapping("/settings/notifications")
    String change(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute PreferencesDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            preferences.change(me.id(), withUncheckedBox(draft).toCommand());
            return "redirect:/settings/notifications?preferences-saved";
        }, errors -> draw(me.id(), errors, model));
    }

    /** A checkbox left unticked is not posted at all: on this page that means "no". */
    private static PreferencesDraft withUncheckedBox(PreferencesDraft d) {
        return d.includeText() != null ? d : new PreferencesDraft(d.needs(), d.bids(), d.repairs(), d.agreement(),
                d.pauses(), d.prompts(), d.quietFrom(), d.quietUntil(), "false", d.practice(), d.plans(), d.signals());
    }

    private String draw(long me, Map<String, String> errors, Model model) {
        model.addAttribute("view", new PreferencesView(preferences.of(me), partners.zoneOf(me),
                preferences.available(Channel.EMAIL), preferences.available(Channel.PUSH), errors));
        return "notification/preferences";
    }
}
