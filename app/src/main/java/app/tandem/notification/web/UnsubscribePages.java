package app.tandem.notification.web;

import app.tandem.notification.NotificationPreferences;
import app.tandem.notification.UnsubscribeTokens;
import app.tandem.kernel.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link at the foot of every e-mail, without sign-in. GET only asks (link scanners open
 * links); POST, from the page's button or from a mail client's one click (RFC 8058, which sends
 * no CSRF token: this path alone is exempt), turns e-mail off.
 */
@Controller
class UnsubscribePages {

    private final UnsubscribeTokens tokens;
    private final NotificationPreferences preferences;

    UnsubscribePages(UnsubscribeTokens tokens, NotificationPreferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    @GetMapping("/unsubscribe/{token}")
    String ask(@PathVariable String token, Model model) {
        partnerOf(token);
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return "notification/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String stop(@PathVariable String token, Model model) {
        preferences.stopEmail(partnerOf(token));
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "notification/unsubscribe";
    }

    private long partnerOf(String token) {
        return tokens.partnerOf(token).orElseThrow(() -> new NotFoundException("Link"));
    }
}
