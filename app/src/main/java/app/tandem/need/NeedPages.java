package app.tandem.need;

import app.tandem.coach.NeedReview;
import app.tandem.coach.Review;
import app.tandem.couple.CoupleService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.PauseBoxes;
import app.tandem.pause.ThreadKind;
import app.tandem.web.CoachNote;
import app.tandem.web.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The need's pages: compose (with the coach reviewing as the partner types, through htmx),
 * and one page per need on which each partner finds what is theirs to do next.
 */
@Controller
class NeedPages {

    /** The coach's whole-need suggestion, split back into the three fields it came from. */
    private static final Pattern SUGGESTION = Pattern.compile("^I feel (.+?) because (.+?), and I need (.+?)\\.?$",
            Pattern.DOTALL);

    private final NeedService needs;
    private final CoupleService couples;

    private final PauseBoxes pauseBoxes;

    NeedPages(NeedService needs, CoupleService couples, PauseBoxes pauseBoxes) {
        this.pauseBoxes = pauseBoxes;
        this.needs = needs;
        this.couples = couples;
    }

    /**
     * The composer, empty or prefilled from {@code feeling}, {@code because} and {@code need}
     * (e.g. by the shared-load prompt); the partner still reads and sends it themselves.
     */
    @GetMapping("/needs/new")
    String compose(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "") String feeling,
            @RequestParam(defaultValue = "") String because, @RequestParam(defaultValue = "") String need,
            Model model) {
        couples.requireCoupleId(me.id());
        NeedForm prefilled = new NeedForm(clip(feeling), clip(because), clip(need), "", "");
        return compose(me, null, prefilled, Map.of(), false, model);
    }

    /** A prefill is a suggestion from a link, so it is cut to a sane length rather than refused. */
    private static String clip(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) : text;
    }

    @PostMapping("/needs")
    String create(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute NeedForm form,
            @RequestParam(defaultValue = "save") String action, HttpServletResponse response, Model model) {
        try {
            NeedText text = form.text();
            if (action.equals("send")) {
                return "redirect:/needs/" + needs.send(me.id(), text).id() + "?sent";
            }
            return "redirect:/needs/" + needs.saveDraft(me.id(), text).id() + "/edit?saved";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return compose(me, null, form, e.fieldErrors(), false, model);
        }
    }

    @GetMapping("/needs/{id}/edit")
    String edit(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        Need need = needs.get(me.id(), id);
        if (!need.can("EDIT", me.id())) {
            return "redirect:/needs/" + id;
        }
        return compose(me, id, NeedForm.of(need), Map.of(), false, model);
    }

    @PostMapping("/needs/{id}/edit")
    String saveDraft(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute NeedForm form,
            @RequestParam(defaultValue = "save") String action, HttpServletResponse response, Model model) {
        if (action.equals("discard")) {
            needs.discard(me.id(), id);
            return "redirect:/?discarded";
        }
        try {
            needs.updateDraft(me.id(), id, form.text());
            if (action.equals("send")) {
                needs.sendDraft(me.id(), id);
                return "redirect:/needs/" + id + "?sent";
            }
            return "redirect:/needs/" + id + "/edit?saved";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return compose(me, id, form, e.fieldErrors(), false, model);
        }
    }

    /** htmx: the coach's notes on the form as it is now. Stores nothing and logs nothing. */
    @PostMapping("/needs/review")
    String review(@ModelAttribute NeedForm form, Model model) {
        fillCoach(form, model);
        return "need/coach";
    }

    /** Replaces the three fields with the coach's suggestion, keeping the when. */
    @PostMapping("/needs/apply")
    String apply(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute NeedForm form,
            @RequestParam(required = false) Long draftId, Model model) {
        if (draftId != null) {
            needs.get(me.id(), draftId);
        }
        return compose(me, draftId, form, Map.of(), true, model);
    }

    @GetMapping("/needs/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        Need need = needs.get(me.id(), id);
        if (need.can("EDIT", me.id())) {
            return "redirect:/needs/" + id + "/edit";
        }
        return show(me, need, Map.of(), Map.of(), model);
    }

    @PostMapping("/needs/{id}/reflection")
    String reflect(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, HttpServletResponse response, Model model) {
        try {
            needs.reflect(me.id(), id, text);
            return "redirect:/needs/" + id;
        } catch (InvalidInputException e) {
            return invalid(me, id, e, Map.of("reflection", text), response, model);
        }
    }

    @PostMapping("/needs/{id}/reflection/confirm")
    String confirm(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        needs.confirm(me.id(), id);
        return "redirect:/needs/" + id;
    }

    @PostMapping("/needs/{id}/reflection/clarify")
    String clarify(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, HttpServletResponse response, Model model) {
        try {
            needs.clarify(me.id(), id, text);
            return "redirect:/needs/" + id;
        } catch (InvalidInputException e) {
            return invalid(me, id, e, Map.of("clarification", text), response, model);
        }
    }

    @PostMapping("/needs/{id}/answer")
    String answer(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String whenKind, @RequestParam(defaultValue = "") String whenAt,
            HttpServletResponse response, Model model) {
        Map<String, String> values = Map.of("kind", kind, "text", text, "whenKind", whenKind, "whenAt", whenAt);
        try {
            needs.answer(me.id(), id, AnswerKind.parse(kind), text, WhenInput.parse("when", whenKind, whenAt));
            return "redirect:/needs/" + id;
        } catch (InvalidInputException e) {
            return invalid(me, id, e, values, response, model);
        }
    }

    /** htmx: the coach's notes on an answer or reflection (the listener's) or a clarification (the asker's) being written. */
    @PostMapping("/needs/{id}/{part:answer|reflection|clarification}/review")
    String reviewReply(@PathVariable long id, @PathVariable String part,
            @RequestParam(defaultValue = "") String text, Model model) {
        Review review = needs.reviewReply(text);
        model.addAttribute("notes", List.of(CoachNote.of("text", "Your " + part, text, review)));
        model.addAttribute("suggestion", review.suggestion() == null ? "" : review.suggestion());
        model.addAttribute("applyAction", "/needs/" + id + "/" + part + "/apply");
        return "coach/reply";
    }

    /** Puts the coach's kinder wording in the reflection or clarification being written. */
    @PostMapping("/needs/{id}/{part:reflection|clarification}/apply")
    String applyListening(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @PathVariable String part, @RequestParam(defaultValue = "") String text, Model model) {
        Review review = needs.reviewReply(text);
        String applied = review.suggestion() == null ? text : review.suggestion();
        return show(me, needs.get(me.id(), id), Map.of(), Map.of(part, applied), model);
    }

    /** Puts the coach's kinder wording in the answer, keeping what else was chosen. */
    @PostMapping("/needs/{id}/answer/apply")
    String applyAnswer(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String whenKind, @RequestParam(defaultValue = "") String whenAt,
            Model model) {
        Review review = needs.reviewReply(text);
        String applied = review.suggestion() == null ? text : review.suggestion();
        return show(me, needs.get(me.id(), id), Map.of(),
                Map.of("kind", kind, "text", applied, "whenKind", whenKind, "whenAt", whenAt), model);
    }

    @PostMapping("/needs/{id}/follow-through")
    String followThrough(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome, HttpServletResponse response, Model model) {
        if (!outcome.equals("met") && !outcome.equals("missed")) {
            return invalid(me, id, new InvalidInputException("outcome", "Choose met or missed."), Map.of(), response,
                    model);
        }
        needs.followThrough(me.id(), id, outcome.equals("met"));
        return "redirect:/needs/" + id;
    }

    @PostMapping("/needs/{id}/thanks")
    String thank(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, HttpServletResponse response, Model model) {
        try {
            needs.thank(me.id(), id, text);
            return "redirect:/needs/" + id;
        } catch (InvalidInputException e) {
            return invalid(me, id, e, Map.of("thanks", text), response, model);
        }
    }

    private String invalid(PartnerPrincipal me, long id, InvalidInputException e, Map<String, String> values,
            HttpServletResponse response, Model model) {
        response.setStatus(400);
        return show(me, needs.get(me.id(), id), e.fieldErrors(), values, model);
    }

    private String show(PartnerPrincipal me, Need need, Map<String, String> errors, Map<String, String> values,
            Model model) {
        String partner = partnerName(me);
        String asker = need.askedBy(me.id()) ? me.displayName() : partner;
        String listener = need.askedBy(me.id()) ? partner : me.displayName();
        String answerText = values.getOrDefault("text", "");
        Review review = needs.reviewReply(answerText);
        List<CoachNote> notes = List.of(CoachNote.of("text", "Your answer", answerText, review));
        model.addAttribute("pauseBox", pauseBoxes.of(me.id(), ThreadKind.NEED, need.id()));
        model.addAttribute("view", new NeedView(need, me.id(), asker, listener, errors, values, notes,
                review.suggestion() == null ? "" : review.suggestion()));
        return "need/show";
    }

    private String compose(PartnerPrincipal me, Long draftId, NeedForm form, Map<String, String> errors,
            boolean applySuggestion, Model model) {
        NeedForm shown = form;
        if (applySuggestion) {
            NeedForm suggested = suggested(form, needs.review(textOf(form)));
            shown = suggested == null ? form : suggested;
        }
        NeedReview review = needs.review(textOf(shown));
        NeedForm suggested = suggested(shown, review);
        model.addAttribute("view", new ComposeView(draftId, partnerName(me), shown, notes(shown, review),
                review.suggestion() == null ? "" : review.suggestion(), suggested, errors));
        return "need/compose";
    }

    private void fillCoach(NeedForm form, Model model) {
        NeedReview review = needs.review(textOf(form));
        model.addAttribute("notes", notes(form, review));
        model.addAttribute("suggestion", review.suggestion() == null ? "" : review.suggestion());
        model.addAttribute("canApply", suggested(form, review) != null);
    }

    private static List<CoachNote> notes(NeedForm form, NeedReview review) {
        return List.of(CoachNote.of("feeling", "I feel", form.feeling(), review.feeling()),
                CoachNote.of("because", "Because", form.because(), review.because()),
                CoachNote.of("need", "I need", form.need(), review.need()));
    }

    /** The form with the suggestion in its three fields, or null when there is none or it does not split. */
    private static NeedForm suggested(NeedForm form, NeedReview review) {
        if (review.suggestion() == null) {
            return null;
        }
        Matcher m = SUGGESTION.matcher(review.suggestion().strip());
        if (!m.matches()) {
            return null;
        }
        return new NeedForm(m.group(1), m.group(2), m.group(3), form.whenKind(), form.whenAt());
    }

    /** The text for the coach only: the when does not matter to it, and may not parse yet. */
    private static NeedText textOf(NeedForm form) {
        return new NeedText(form.feeling(), form.because(), form.need(), When.UNSAID);
    }

    private String partnerName(PartnerPrincipal me) {
        return couples.partnerNameOf(me.id());
    }
}
