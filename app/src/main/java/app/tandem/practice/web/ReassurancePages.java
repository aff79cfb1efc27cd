package app.tandem.practice.web;

import app.tandem.coach.NeedReview;
import app.tandem.coach.Review;
import app.tandem.kernel.Phrase;
import app.tandem.need.NeedService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.practice.ReassuranceAsk;
import app.tandem.web.CoachNote;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Before seeking reassurance: a short self-soothing step, then, if a need remains, a concrete
 * one, with the coach turning "reassure me more" into something doable. Nothing is stored
 * until the need is sent.
 */
@Controller
class ReassurancePages {

    private final NeedService needs;

    ReassurancePages(NeedService needs) {
        this.needs = needs;
    }

    @GetMapping("/practice/reassurance")
    String show(Model model) {
        return show(new NextWeekNeedDraft(null, null, null), Map.of(), false, model);
    }

    /** "Ask the coach" redraws with its notes; "Send" sends the need as it is (the coach advises, never blocks). */
    @PostMapping("/practice/reassurance")
    String submit(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute NextWeekNeedDraft draft,
            @RequestParam(defaultValue = "review") String step, HttpServletResponse response, Model model) {
        if (!step.equals("send")) {
            return show(draft, Map.of(), true, model);
        }
        return Forms.submit(response, () -> "redirect:/needs/" + needs.send(me.id(), draft.toCommand()).id() + "?sent",
                errors -> show(draft, errors, true, model));
    }

    private String show(NextWeekNeedDraft draft, Map<String, String> errors, boolean reviewed, Model model) {
        NeedReview review = needs.review(draft.toText());
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("vague", reviewed && ReassuranceAsk.vague(draft.need()));
        model.addAttribute("notes", reviewed ? List.of(note("feeling", draft.feeling(), review.feeling()),
                note("because", draft.because(), review.because()), note("need", draft.need(), review.need()))
                : List.of());
        model.addAttribute("suggestion", reviewed && review.suggestion() != null ? review.suggestion() : "");
        return "practice/reassurance";
    }

    /** The coach's notes on one part of the need, named as the page's label quotes it ("“I feel”"). */
    private static CoachNote note(String part, String text, Review review) {
        return CoachNote.of(part, Phrase.of("practice.reassurance.coach." + part).say(), text, review);
    }
}
