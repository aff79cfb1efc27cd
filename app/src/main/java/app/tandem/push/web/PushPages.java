package app.tandem.push.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.push.PushKeys;
import app.tandem.push.PushSubscriptions;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The push section of the account page (drawn into it by htmx, and a page of its own without
 * script), the script's "turn push on here", and each device's remove button.
 */
@Controller
class PushPages {

    private final PushSubscriptions subscriptions;
    private final PushKeys keys;
    private final PushDevice device;
    private final boolean enabled;

    PushPages(PushSubscriptions subscriptions, PushKeys keys, PushDevice device,
            @Value("${tandem.push.enabled:true}") boolean enabled) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.device = device;
        this.enabled = enabled;
    }

    @GetMapping("/account/devices")
    String devices(@AuthenticationPrincipal PartnerPrincipal me,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("view", view(me, Map.of()));
        return htmx == null ? "push/devices" : "push/section";
    }

    /** The page's script posts the browser's subscription here, as form fields, and shows the section it gets back. */
    @PostMapping("/account/devices")
    String subscribe(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute SubscriptionDraft draft,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            subscriptions.subscribe(me.id(), draft.toCommand(userAgent), device.keyOf(request, response));
            model.addAttribute("view", view(me, Map.of()));
            return "push/section";
        }, errors -> {
            model.addAttribute("view", view(me, errors));
            return "push/section";
        });
    }

    @PostMapping("/account/devices/{id}/remove")
    String remove(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        subscriptions.remove(me.id(), id);
        return "redirect:/account#push";
    }

    private DevicesView view(PartnerPrincipal me, Map<String, String> errors) {
        return new DevicesView(subscriptions.of(me.id()), keys.publicKey(), enabled, errors);
    }
}
