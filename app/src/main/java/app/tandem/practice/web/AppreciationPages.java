package app.tandem.practice.web;

import app.tandem.couple.CoupleService;
import app.tandem.kernel.Phrase;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.practice.AppreciationService;
import app.tandem.web.Forms;
import app.tandem.web.TextDraft;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Appreciations (sent in one tap, kept to reread) and the give-and-receive map of what each brings. */
@Controller
class AppreciationPages {

    private final AppreciationService appreciations;
    private final CoupleService couples;

    AppreciationPages(AppreciationService appreciations, CoupleService couples) {
        this.appreciations = appreciations;
        this.couples = couples;
    }

    @GetMapping("/appreciations")
    String list(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "1") int page, Model model) {
        return list(me, page, TextDraft.EMPTY, Map.of(), model);
    }

    @PostMapping("/appreciations")
    String send(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute TextDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            appreciations.send(me.id(), draft.toText("text", Phrase.of("practice.field.appreciation")));
            return "redirect:/appreciations?appreciation-sent";
        }, errors -> list(me, 1, draft, errors, model));
    }

    @GetMapping("/brings")
    String brings(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        var map = appreciations.brings(me.id());
        return brings(me, new BringsDraft(map.mine().youBring(), map.mine().iBring()), Map.of(), model);
    }

    @PostMapping("/brings")
    String saveBrings(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute BringsDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            appreciations.saveBrings(me.id(), draft.toCommand());
            return "redirect:/brings?brings-saved";
        }, errors -> brings(me, draft, errors, model));
    }

    private String list(PartnerPrincipal me, int page, TextDraft draft, Map<String, String> errors, Model model) {
        var found = appreciations.recent(me.id(), page);
        model.addAttribute("appreciations", found.stream().limit(AppreciationService.PAGE_SIZE).toList());
        model.addAttribute("hasMore", found.size() > AppreciationService.PAGE_SIZE);
        model.addAttribute("pageNumber", Math.max(1, page));
        model.addAttribute("me", me.id());
        model.addAttribute("partnerName", couples.partnerNameOf(me.id()));
        model.addAttribute("text", draft.text());
        model.addAttribute("error", errors.getOrDefault("text", ""));
        return "practice/appreciations";
    }

    private String brings(PartnerPrincipal me, BringsDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("map", appreciations.brings(me.id()));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("partnerName", couples.partnerNameOf(me.id()));
        return "practice/brings";
    }
}
