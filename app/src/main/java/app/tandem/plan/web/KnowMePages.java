package app.tandem.plan.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.plan.KnowMeService;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What we know about each other: my own notes, shared item by item, and what my partner shared with me. */
@Controller
class KnowMePages {

    private final KnowMeService knowMe;

    KnowMePages(KnowMeService knowMe) {
        this.knowMe = knowMe;
    }

    @GetMapping("/plans/know-me")
    String page(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return page(me, new KnowMeDraft("hard", "", false), Map.of(), model);
    }

    @PostMapping("/plans/know-me")
    String add(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute KnowMeDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            knowMe.add(me.id(), draft.toCommand());
            return "redirect:/plans/know-me?note-saved";
        }, errors -> page(me, draft, errors, model));
    }

    @PostMapping("/plans/know-me/{id}/share")
    String share(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean shared) {
        knowMe.share(me.id(), id, shared);
        return "redirect:/plans/know-me?note-saved";
    }

    @PostMapping("/plans/know-me/{id}/remove")
    String remove(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        knowMe.remove(me.id(), id);
        return "redirect:/plans/know-me";
    }

    private String page(PartnerPrincipal me, KnowMeDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("mine", knowMe.mine(me.id()));
        model.addAttribute("theirs", knowMe.sharedWithMe(me.id()));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        return "plan/knowMe";
    }
}
