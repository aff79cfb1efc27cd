package app.tandem.partner;

import app.tandem.web.EmailStatus;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Forgot your password?": ask for a link by e-mail, then choose a new password with it. In the
 * module root, beside the sign-in code it works with (as the other partner pages).
 */
@Controller
class PasswordResetPages {

    static final String SENT = "If an account has this address, a link to choose a new password is on its way. "
            + "It works once, for an hour.";

    private final PasswordResets resets;
    private final EmailStatus email;
    private final String baseUrl;

    PasswordResetPages(PasswordResets resets, EmailStatus email, @Value("${tandem.base-url:}") String baseUrl) {
        this.resets = resets;
        this.email = email;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/password-reset")
    String ask(Model model) {
        return askPage(model, null);
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(required = false) String email, Model model) {
        String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : baseUrl;
        resets.request(email, base + "/password-reset/");
        return askPage(model, SENT);
    }

    private String askPage(Model model, String sent) {
        model.addAttribute("emailOn", email.emailOn());
        model.addAttribute("sent", sent);
        return "partner/resetRequest";
    }

    @GetMapping("/password-reset/{token}")
    String choose(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.usable(token)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return choosePage(model, token, false, Map.of("token", PasswordResets.EXPIRED.say()));
        }
        return choosePage(model, token, false, Map.of());
    }

    @PostMapping("/password-reset/{token}")
    String reset(@PathVariable String token, @RequestParam(required = false) String newPassword, Model model,
            HttpServletResponse response) {
        return Forms.submit(response, () -> {
            resets.reset(token, newPassword);
            return choosePage(model, token, true, Map.of());
        }, errors -> choosePage(model, token, false, errors));
    }

    private static String choosePage(Model model, String token, boolean done, Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("done", done);
        model.addAttribute("errors", errors);
        return "partner/resetChoose";
    }

}
