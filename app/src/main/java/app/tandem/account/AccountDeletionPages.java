package app.tandem.account;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.kernel.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Delete my account": what it does, the password again, and a goodbye. */
@Controller
class AccountDeletionPages {

    private final AccountDeletion deletion;

    AccountDeletionPages(AccountDeletion deletion) {
        this.deletion = deletion;
    }

    @GetMapping("/account/delete")
    String confirm(Model model) {
        model.addAttribute("error", "");
        return "account/delete";
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            deletion.delete(me.id(), password);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.fieldErrors().get("password"));
            return "account/delete";
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/account/deleted";
    }

    @GetMapping("/account/deleted")
    String deleted() {
        return "account/deleted";
    }
}
