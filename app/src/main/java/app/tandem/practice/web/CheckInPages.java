package app.tandem.practice.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.practice.CheckIn;
import app.tandem.practice.CheckInService;
import app.tandem.practice.Leaning;
import app.tandem.practice.SharedLeaning;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The private check-in: taking it, rereading my own, sharing a leaning in my words. */
@Controller
class CheckInPages {

    private final CheckInService checkIns;

    CheckInPages(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/check-ins")
    String form(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return form(me, new CheckInDraft(List.of()), Map.of(), model);
    }

    @PostMapping("/check-ins")
    String take(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute CheckInDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> "redirect:/check-ins/" + checkIns.take(me.id(), draft.toCommand()).id() + "?checked-in",
                errors -> form(me, draft, errors, model));
    }

    @GetMapping("/check-ins/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        return show(me, checkIns.get(me.id(), id), new ShareDraft(null, null), Map.of(), model);
    }

    @PostMapping("/check-ins/{id}/share")
    String share(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute ShareDraft draft,
            HttpServletResponse response, Model model) {
        CheckIn checkIn = checkIns.get(me.id(), id);
        return Forms.submit(response, () -> {
            checkIns.share(me.id(), draft.toCommand());
            return "redirect:/check-ins/" + id + "?leaning-shared";
        }, errors -> show(me, checkIn, draft, errors, model));
    }

    @PostMapping("/check-ins/unshare")
    String unshare(@AuthenticationPrincipal PartnerPrincipal me) {
        checkIns.unshare(me.id());
        return "redirect:/practice?leaning-unshared";
    }

    private String form(PartnerPrincipal me, CheckInDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("view", new CheckInView(draft, errors, checkIns.history(me.id()), myShared(me)));
        return "practice/checkIns";
    }

    private String show(PartnerPrincipal me, CheckIn checkIn, ShareDraft draft, Map<String, String> errors,
            Model model) {
        ShareDraft shown = draft.leaning().isEmpty()
                ? new ShareDraft(checkIn.leaning().wireName(), draft.words()) : draft;
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("share", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("leanings", List.of(Leaning.values()));
        model.addAttribute("myShared", myShared(me).orElse(null));
        return "practice/checkIn";
    }

    private Optional<SharedLeaning> myShared(PartnerPrincipal me) {
        return checkIns.shared(me.id()).stream().filter(s -> s.partnerId() == me.id()).findFirst();
    }
}
