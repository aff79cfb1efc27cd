package app.tandem.couple.web;

import app.tandem.couple.Bubble;
import app.tandem.couple.CoupleService;
import app.tandem.couple.HomeView;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Forming a couple, joining one and leaving it. The home page is the {@code home} module's. */
@Controller
class CouplePages {

    private final CoupleService couples;
    private final Bubble bubble;

    CouplePages(CoupleService couples, Bubble bubble) {
        this.couples = couples;
        this.bubble = bubble;
    }

    @PostMapping("/couple")
    String create(@AuthenticationPrincipal PartnerPrincipal me) {
        couples.create(me.id());
        return "redirect:/?created";
    }

    @PostMapping("/couple/invite")
    String renewInvite(@AuthenticationPrincipal PartnerPrincipal me) {
        couples.renewInvite(me.id());
        return "redirect:/?invite-renewed";
    }

    @PostMapping("/couple/invite/revoke")
    String revokeInvite(@AuthenticationPrincipal PartnerPrincipal me) {
        couples.revokeInvite(me.id());
        return "redirect:/?invite-revoked";
    }

    /** The invite link: signed in, the partner sees the code filled in and one button. */
    @GetMapping({"/join", "/join/{code}"})
    String joinForm(@PathVariable(required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("error", "");
        return "couple/join";
    }

    @PostMapping("/join")
    String join(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute JoinDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            couples.join(me.id(), draft.code());
            return "redirect:/?joined";
        }, errors -> {
            model.addAttribute("code", draft.shown());
            model.addAttribute("error", errors.get("code"));
            return "couple/join";
        });
    }

    @GetMapping("/couple/leave")
    String confirmLeave(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        model.addAttribute("view", homeView(me));
        return "couple/leave";
    }

    @PostMapping("/couple/leave")
    String leave(@AuthenticationPrincipal PartnerPrincipal me) {
        couples.leave(me.id());
        return "redirect:/?left";
    }

    @PostMapping("/couple/dissolution/seen")
    String dissolutionSeen(@AuthenticationPrincipal PartnerPrincipal me) {
        couples.acknowledgeDissolution(me.id());
        return "redirect:/";
    }

    private HomeView homeView(PartnerPrincipal me) {
        return bubble.of(me.id(), me.displayName());
    }
}
