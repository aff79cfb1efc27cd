package app.tandem.repair.web;

import app.tandem.couple.CoupleService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.PauseBoxes;
import app.tandem.pause.ThreadKind;
import app.tandem.repair.Hurt;
import app.tandem.repair.Quotable;
import app.tandem.repair.RepairService;
import app.tandem.repair.StarterPhrases;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Naming a hurt, repairing it, answering the repair, and reminders, for browsers. Every action
 * binds the same input record as the API and hands its command to {@link RepairService}.
 */
@Controller
class RepairPages {

    private static final String FIRST_REMINDER =
            "That hurt. We agreed to care for each other, and I'm telling you I need your care.";

    private final RepairService repairs;
    private final CoupleService couples;
    private final PauseBoxes pauseBoxes;
    private final StarterPhrases phrases;

    RepairPages(RepairService repairs, CoupleService couples, PauseBoxes pauseBoxes, StarterPhrases phrases) {
        this.repairs = repairs;
        this.couples = couples;
        this.pauseBoxes = pauseBoxes;
        this.phrases = phrases;
    }

    @GetMapping("/hurts/new")
    String newHurt(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "none") String subject,
            @RequestParam(required = false) Long subjectId, @RequestParam(defaultValue = "") String whatHappened,
            Model model) {
        // A plan's missed agreement opens this page with its words (plan/MissedAgreement); the
        // partner still reads, changes and sends them themselves.
        return hurtForm(new HurtDraft(subject, subjectId, whatHappened, "", ""), repairs.quotable(me.id()), Map.of(),
                model);
    }

    /** htmx: the coach's notes on the hurt being written. */
    @PostMapping("/hurts/review")
    String reviewHurt(@ModelAttribute HurtDraft draft, Model model) {
        return notes(model, CoachNote.of("hurt", app.tandem.web.Text.current().t("coach.field.hurt"), draft.forCoach(),
                        repairs.reviewHurt(draft.whatHappened(), draft.howIFelt())),
                "The coach has nothing to add: you name what happened and how you felt, without blame.");
    }

    @PostMapping("/hurts")
    String name(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute HurtDraft draft,
            HttpServletResponse response, Model model) {
        Quotable quotable = repairs.quotable(me.id());
        return Forms.submit(response, () -> "redirect:/hurts/" + repairs.nameHurt(me.id(), draft.toCommand(quotable)).id() + "?named",
                errors -> hurtForm(draft, quotable, errors, model));
    }

    @GetMapping("/hurts/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        return show(me, repairs.hurt(me.id(), id), null, Map.of(), model);
    }

    /** htmx: the coach's notes on the repair attempt being written; only on a hurt of ours. */
    @PostMapping("/hurts/{id}/repairs/review")
    String reviewRepair(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute RepairDraft draft, Model model) {
        repairs.hurt(me.id(), id);
        return notes(model, CoachNote.of("repair", app.tandem.web.Text.current().t("coach.field.repair"), draft.joined(), repairs.reviewRepair(draft.forCoach())),
                "The coach has nothing to add: you acknowledge, apologise and say what you will do.");
    }

    @PostMapping("/hurts/{id}/repairs")
    String repair(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute RepairDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "repaired", () -> repairs.repair(me.id(), id, draft.toCommand()));
    }

    @PostMapping("/hurts/{id}/acceptance")
    String accept(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        repairs.accept(me.id(), id);
        return "redirect:/hurts/" + id + "?accepted";
    }

    @PostMapping("/hurts/{id}/not-yet")
    String notYet(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute StillNeededDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, draft, response, model, "clarified", () -> repairs.notYet(me.id(), id, draft.toText()));
    }

    @GetMapping("/reminders/new")
    String newReminder(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(required = false) Long need,
            Model model) {
        repairs.requireRemindable(me.id(), need); // another couple's need is 404, not a form about it
        Quotable quotable = repairs.quotable(me.id());
        String first = quotable.none() ? "" : quotable.commitments().get(0);
        return reminderForm(new ReminderDraft(need, first, FIRST_REMINDER), quotable, Map.of(), model);
    }

    /** htmx: the coach's notes on the reminder being written. */
    @PostMapping("/reminders/review")
    String reviewReminder(@ModelAttribute ReminderDraft draft, Model model) {
        return notes(model, CoachNote.of("message", app.tandem.web.Text.current().t("coach.field.reminder"), draft.message(),
                        repairs.reviewReminder(draft.message())),
                "The coach has nothing to add: a gentle reminder, not a verdict.");
    }

    @PostMapping("/reminders")
    String remind(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute ReminderDraft draft,
            HttpServletResponse response, Model model) {
        Quotable quotable = repairs.quotableForReminder(me.id());
        return Forms.submit(response, () -> {
            repairs.remind(me.id(), draft.toCommand(quotable));
            return "redirect:/?reminded";
        }, errors -> reminderForm(draft, quotable, errors, model));
    }

    @PostMapping("/reminders/{id}/acknowledgement")
    String acknowledge(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        repairs.acknowledge(me.id(), id);
        return "redirect:/";
    }

    /** One action on the hurt's page: back to the page when done, or the page again with the draft and its errors. */
    private String act(PartnerPrincipal me, long id, Object draft, HttpServletResponse response, Model model,
            String flash, Runnable action) {
        return Forms.submit(response, () -> {
            action.run();
            return "redirect:/hurts/" + id + "?" + flash;
        }, errors -> show(me, repairs.hurt(me.id(), id), draft, errors, model),
                changed -> show(me, repairs.hurt(me.id(), id), draft, Map.of(Forms.STALE, changed), model));
    }

    private String show(PartnerPrincipal me, Hurt hurt, Object draft, Map<String, String> errors, Model model) {
        model.addAttribute("view", new HurtView(hurt, me.id(), couples.partnerNameOf(me.id()),
                pauseBoxes.of(me.id(), ThreadKind.HURT, hurt.id()), phrases.all(), draft, errors));
        return "repair/show";
    }

    private static String hurtForm(HurtDraft draft, Quotable quotable, Map<String, String> errors, Model model) {
        model.addAttribute("form", new HurtForm(draft, quotable.commitments(), errors));
        return "repair/new";
    }

    private static String reminderForm(ReminderDraft draft, Quotable quotable, Map<String, String> errors,
            Model model) {
        model.addAttribute("form", new ReminderForm(draft, quotable.commitments(), errors));
        return "repair/reminder";
    }

    private static String notes(Model model, CoachNote note, String cleanMessage) {
        model.addAttribute("notes", List.of(note));
        model.addAttribute("cleanMessage", cleanMessage);
        return "coach/notes";
    }
}
