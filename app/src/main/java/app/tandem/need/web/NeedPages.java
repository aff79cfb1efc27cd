package app.tandem.need.web;

import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.partner.PartnerService;
import app.tandem.coach.NeedReview;
import app.tandem.coach.Review;
import app.tandem.couple.CoupleService;
import app.tandem.need.Need;
import app.tandem.need.NeedAction;
import app.tandem.need.NeedService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.PauseBoxes;
import app.tandem.pause.ThreadKind;
import app.tandem.web.CoachNote;
import app.tandem.web.Text;
import app.tandem.web.Forms;
import app.tandem.web.TextDraft;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
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
 * and one page per need on which each partner finds what is theirs to do next. Every action
 * binds the same input record as the API and hands its command to {@link NeedService}.
 */
@Controller
class NeedPages {

    /** A prefill comes from a link, so it is cut to a sane length rather than refused. */
    private static final int PREFILL_LIMIT = 2_000;

    private final NeedService needs;
    private final PartnerService partners;
    private final CoupleService couples;
    private final PauseBoxes pauseBoxes;
    private final java.time.Clock clock;

    NeedPages(NeedService needs, CoupleService couples, PauseBoxes pauseBoxes, PartnerService partners,
            java.time.Clock clock) {
        this.clock = clock;
        this.partners = partners;
        this.needs = needs;
        this.couples = couples;
        this.pauseBoxes = pauseBoxes;
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
        NeedDraft prefilled = new NeedDraft(clip(feeling), clip(because), clip(need), null, null);
        return compose(me, null, prefilled, Map.of(), model);
    }

    private static String clip(String text) {
        return text.length() > PREFILL_LIMIT ? text.substring(0, PREFILL_LIMIT) : text;
    }

    @PostMapping("/needs")
    String create(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute NeedDraft draft,
            @RequestParam(defaultValue = "save") String action, HttpServletResponse response, Model model) {
        boolean sending = action.equals("send");
        return Forms.submit(response, () -> sending
                        ? "redirect:/needs/" + needs.send(me.id(), draft.toText(true, times(me))).id() + "?sent"
                        : "redirect:/needs/" + needs.saveDraft(me.id(), draft.toText(false, times(me))).id() + "/edit?saved",
                errors -> compose(me, null, draft, errors, model));
    }

    @GetMapping("/needs/{id}/edit")
    String edit(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        Need need = needs.get(me.id(), id);
        if (!need.can(NeedAction.EDIT, me.id())) {
            return "redirect:/needs/" + id;
        }
        return compose(me, id, NeedDraft.of(need, times(me)), Map.of(), model);
    }

    @PostMapping("/needs/{id}/edit")
    String saveDraft(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute NeedDraft draft, @RequestParam(defaultValue = "save") String action,
            HttpServletResponse response, Model model) {
        if (action.equals("discard")) {
            needs.discard(me.id(), id);
            return "redirect:/?discarded";
        }
        boolean sending = action.equals("send");
        return Forms.submit(response, () -> {
            needs.updateDraft(me.id(), id, draft.toText(sending, times(me)));
            if (sending) {
                needs.sendDraft(me.id(), id);
                return "redirect:/needs/" + id + "?sent";
            }
            return "redirect:/needs/" + id + "/edit?saved";
        }, errors -> compose(me, id, draft, errors, model));
    }

    /** htmx: the coach's notes on the form as it is now. Stores nothing and logs nothing. */
    @PostMapping("/needs/review")
    String review(@ModelAttribute NeedDraft draft, Model model) {
        NeedReview review = needs.review(draft.forCoach());
        model.addAttribute("notes", notes(draft, review));
        model.addAttribute("suggestion", suggestionOf(review.suggestion()));
        model.addAttribute("canApply", suggested(draft, review) != null);
        return "need/coach";
    }

    /** Replaces the three fields with the coach's suggestion, keeping the when. */
    @PostMapping("/needs/apply")
    String apply(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute NeedDraft draft,
            @RequestParam(required = false) Long draftId, Model model) {
        if (draftId != null) {
            needs.get(me.id(), draftId);
        }
        NeedDraft suggested = suggested(draft, needs.review(draft.forCoach()));
        return compose(me, draftId, suggested == null ? draft : suggested, Map.of(), model);
    }

    @GetMapping("/needs/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        Need need = needs.get(me.id(), id);
        if (need.can(NeedAction.EDIT, me.id())) {
            return "redirect:/needs/" + id + "/edit";
        }
        return show(me, need, null, Map.of(), model);
    }

    @PostMapping("/needs/{id}/reflection")
    String reflect(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute TextDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "reflected",
                () -> needs.reflect(me.id(), id, draft.toText("reflection", Phrase.of("need.field.reflection"))));
    }

    @PostMapping("/needs/{id}/reflection/confirm")
    String confirm(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        needs.confirm(me.id(), id);
        return "redirect:/needs/" + id + "?heard";
    }

    @PostMapping("/needs/{id}/reflection/clarify")
    String clarify(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute TextDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "clarified",
                () -> needs.clarify(me.id(), id, draft.toText("clarification", Phrase.of("need.field.clarification"))));
    }

    @PostMapping("/needs/{id}/answer")
    String answer(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute AnswerDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "answered", () -> needs.answer(me.id(), id, draft.toCommand(times(me))));
    }

    /** htmx: the coach's notes on an answer or reflection (the listener's) or a clarification (the asker's) being written. */
    @PostMapping("/needs/{id}/{part:answer|reflection|clarification}/review")
    String reviewReply(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @PathVariable String part,
            @ModelAttribute TextDraft draft, Model model) {
        Need need = needs.get(me.id(), id); // another couple's need is 404 here too
        Review review = needs.reviewListening(need, part, draft.text());
        model.addAttribute("notes", List.of(CoachNote.of("text", Text.current().t("coach.field." + part), draft.text(), review)));
        model.addAttribute("suggestion", suggestionOf(review.suggestion()));
        model.addAttribute("applyAction", "/needs/" + id + "/" + part + "/apply");
        return "coach/reply";
    }

    /** Puts the coach's kinder wording in the reflection or clarification being written. */
    @PostMapping("/needs/{id}/{part:reflection|clarification}/apply")
    String applyListening(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @PathVariable String part, @ModelAttribute TextDraft draft, Model model) {
        Need need = needs.get(me.id(), id);
        return show(me, need, new TextDraft(kinder(need, part, draft.text())), Map.of(), model);
    }

    /** Puts the coach's kinder wording in the answer, keeping what else was chosen. */
    @PostMapping("/needs/{id}/answer/apply")
    String applyAnswer(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute AnswerDraft draft, Model model) {
        Need need = needs.get(me.id(), id);
        return show(me, need, draft.withText(kinder(need, "answer", draft.text())), Map.of(), model);
    }

    @PostMapping("/needs/{id}/follow-through")
    String followThrough(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute FollowThroughDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "marked", () -> needs.followThrough(me.id(), id, draft.toCommand()));
    }

    @PostMapping("/needs/{id}/occurrences")
    String markOccurrence(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute FollowThroughDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "marked", () -> needs.markOccurrence(me.id(), id, draft.toCommand()));
    }

    @PostMapping("/needs/{id}/end")
    String end(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, HttpServletResponse response,
            Model model) {
        return act(me, id, null, response, model, "ended", () -> needs.end(me.id(), id));
    }

    @PostMapping("/needs/{id}/thanks")
    String thank(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute TextDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "thanked",
                () -> needs.thank(me.id(), id, draft.toText("thanks", Phrase.of("need.field.thanks"))));
    }

    /** One action on the need's page: back to the page when done, or the page again with the draft and its errors. */
    private String act(PartnerPrincipal me, long id, Object draft, HttpServletResponse response, Model model,
            String flash, Runnable action) {
        return Forms.submit(response, () -> {
            action.run();
            return "redirect:/needs/" + id + "?" + flash;
        }, errors -> show(me, needs.get(me.id(), id), draft, errors, model),
                changed -> show(me, needs.get(me.id(), id), draft, Map.of(NeedView.STALE, changed), model));
    }

    /** How this partner's typed times are read: in their own zone. */
    private LocalTimes times(PartnerPrincipal me) {
        return partners.timesOf(me.id());
    }

    private String kinder(Need need, String part, String text) {
        String suggestion = needs.reviewListening(need, part, text).suggestion();
        return suggestion == null ? text : suggestion;
    }

    private String show(PartnerPrincipal me, Need need, Object draft, Map<String, String> errors, Model model) {
        String partner = couples.partnerNameOf(me.id());
        String asker = need.askedBy(me.id()) ? me.displayName() : partner;
        String listener = need.askedBy(me.id()) ? partner : me.displayName();
        String answerText = draft instanceof AnswerDraft a ? a.text() : "";
        Review review = needs.reviewReply(answerText);
        List<CoachNote> notes = List.of(CoachNote.of("text", Text.current().t("coach.field.answer"), answerText, review));
        model.addAttribute("pauseBox", pauseBoxes.of(me.id(), ThreadKind.NEED, need.id()));
        model.addAttribute("view", new NeedView(need, me.id(), asker, listener, draft, errors, notes,
                suggestionOf(review.suggestion()), clock.instant()));
        return "need/show";
    }

    private String compose(PartnerPrincipal me, Long draftId, NeedDraft draft, Map<String, String> errors,
            Model model) {
        NeedReview review = needs.review(draft.forCoach());
        model.addAttribute("view", new ComposeView(draftId, couples.partnerNameOf(me.id()), draft,
                notes(draft, review), suggestionOf(review.suggestion()), suggested(draft, review), errors));
        return "need/compose";
    }

    private static List<CoachNote> notes(NeedDraft draft, NeedReview review) {
        return List.of(CoachNote.of("feeling", Text.current().t("need.text.feel"), draft.feeling(), review.feeling()),
                CoachNote.of("because", Text.current().t("coach.field.because"), draft.because(), review.because()),
                CoachNote.of("need", Text.current().t("coach.field.need"), draft.need(), review.need()));
    }

    private static String suggestionOf(String suggestion) {
        return suggestion == null ? "" : suggestion;
    }

    /** The draft with the coach's suggestion in its three fields, or null when there is none. */
    private static NeedDraft suggested(NeedDraft draft, NeedReview review) {
        return review.suggestedParts().map(s -> draft.withParts(s.feeling(), s.because(), s.need())).orElse(null);
    }
}
