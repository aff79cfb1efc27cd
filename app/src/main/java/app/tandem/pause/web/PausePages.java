package app.tandem.pause.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.Pause;
import app.tandem.pause.PauseService;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pause button on every conversation's page, and "come back early". The box lives on other
 * features' pages, so a pause that cannot be taken as asked gets a page of its own, the form
 * again with its errors and the way back.
 */
@Controller
class PausePages {

    private final PauseService pauses;

    PausePages(PauseService pauses) {
        this.pauses = pauses;
    }

    @PostMapping("/pauses")
    String pause(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute PauseDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            Pause pause = pauses.pause(me.id(), draft.toCommand());
            return "redirect:" + pauses.pathOf(pause.threadKind(), pause.threadId()) + "?paused";
        }, errors -> {
            String backTo = draft.kind() == null || draft.threadId() == null ? "/"
                    : pauses.pathOf(draft.kind(), draft.threadId());
            model.addAttribute("form", new PauseForm(draft, backTo, errors));
            return "pause/again";
        });
    }

    @PostMapping("/pauses/{id}/end")
    String end(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        Pause pause = pauses.endEarly(me.id(), id);
        return "redirect:" + pauses.pathOf(pause.threadKind(), pause.threadId()) + "?resumed";
    }
}
