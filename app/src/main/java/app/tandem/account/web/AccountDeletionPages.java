package app.tandem.account.web;

import app.tandem.account.AccountDeletion;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
    String delete(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute DeletionDraft draft,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            deletion.delete(me.id(), draft.password());
            signOut(request);
            return "redirect:/account/deleted";
        }, errors -> {
            model.addAttribute("error", errors.get("password"));
            return "account/delete";
        });
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @GetMapping("/account/deleted")
    String deleted() {
        return "account/deleted";
    }
}
