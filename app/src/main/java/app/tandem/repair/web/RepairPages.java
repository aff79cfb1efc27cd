package app.tandem.repair;

import app.tandem.agreement.AgreementService;
import app.tandem.coach.Review;
import app.tandem.couple.CoupleService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.PauseBoxes;
import app.tandem.pause.ThreadKind;
import app.tandem.web.CoachNote;
import app.tandem.kernel.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Naming a hurt, repairing it, answering the repair, and reminders, for browsers. */
@Controller
class RepairPages {

    private final RepairService repairs;
    private final AgreementService agreements;
    private final CoupleService couples;
    private final PauseBoxes pauseBoxes;
    private final StarterPhrases phrases;

    RepairPages(RepairService repairs, AgreementService agreements, CoupleService couples, PauseBoxes pauseBoxes,
            StarterPhrases phrases) {
        this.repairs = repairs;
        this.agreements = agreements;
        this.couples = couples;
        this.pauseBoxes = pauseBoxes;
        this.phrases = phrases;
    }

    @GetMapping("/hurts/new")
    String newHurt(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "none") String subject,
            @RequestParam(required = false) Long subjectId, Model model) {
        model.addAttribute("form", new HurtForm(subject, subjectId, "", "", "",
                agreements.commitmentsInForce(me.id()), Map.of()));
        return "repair/new";
    }

    /** htmx: the coach's notes on the hurt being written. */
    @PostMapping("/hurts/review")
    String reviewHurt(@RequestParam(defaultValue = "") String whatHappened,
            @RequestParam(defaultValue = "") String howIFelt, Model model) {
        String text = (whatHappened.strip() + " " + howIFelt.strip()).strip();
        Review review = repairs.reviewHurt(whatHappened, howIFelt);
        return notes(model, List.of(CoachNote.of("hurt", "What you wrote", text, review)),
                "The coach has nothing to add: you name what happened and how you felt, without blame.");
    }

    @PostMapping("/hurts")
    String name(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "none") String subject,
            @RequestParam(required = false) Long subjectId, @RequestParam(defaultValue = "") String whatHappened,
            @RequestParam(defaultValue = "") String howIFelt, @RequestParam(defaultValue = "") String commitment,
            HttpServletResponse response, Model model) {
        try {
            Hurt hurt = repairs.nameHurt(me.id(), new HurtText(SubjectKind.parse(subject), subjectId, whatHappened,
                    howIFelt, commitment));
            return "redirect:/hurts/" + hurt.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", new HurtForm(subject, subjectId, whatHappened, howIFelt, commitment,
                    agreements.commitmentsInForce(me.id()), e.fieldErrors()));
            return "repair/new";
        }
    }

    @GetMapping("/hurts/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        return show(me, repairs.hurt(me.id(), id), Map.of(), Map.of(), model);
    }

    /** htmx: the coach's notes on the repair attempt being written. */
    @PostMapping("/hurts/{id}/repairs/review")
    String reviewRepair(@RequestParam(defaultValue = "") String acknowledge,
            @RequestParam(defaultValue = "") String apologise, @RequestParam(defaultValue = "") String willDo,
            Model model) {
        RepairText text = new RepairText(acknowledge, apologise, willDo);
        String all = String.join(" ", acknowledge.strip(), apologise.strip(), willDo.strip()).strip();
        return notes(model, List.of(CoachNote.of("repair", "Your repair", all, repairs.reviewRepair(text))),
                "The coach has nothing to add: you acknowledge, apologise and say what you will do.");
    }

    @PostMapping("/hurts/{id}/repairs")
    String repair(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String acknowledge, @RequestParam(defaultValue = "") String apologise,
            @RequestParam(defaultValue = "") String willDo, HttpServletResponse response, Model model) {
        try {
            repairs.repair(me.id(), id, new RepairText(acknowledge, apologise, willDo));
            return "redirect:/hurts/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return show(me, repairs.hurt(me.id(), id), Map.of("acknowledge", acknowledge, "apologise", apologise,
                    "willDo", willDo), e.fieldErrors(), model);
        }
    }

    @PostMapping("/hurts/{id}/acceptance")
    String accept(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        repairs.accept(me.id(), id);
        return "redirect:/hurts/" + id;
    }

    @PostMapping("/hurts/{id}/not-yet")
    String notYet(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String stillNeeded, HttpServletResponse response, Model model) {
        try {
            repairs.notYet(me.id(), id, stillNeeded);
            return "redirect:/hurts/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return show(me, repairs.hurt(me.id(), id), Map.of("stillNeeded", stillNeeded), e.fieldErrors(), model);
        }
    }

    @GetMapping("/reminders/new")
    String newReminder(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(required = false) Long need,
            Model model) {
        List<String> commitments = agreements.commitmentsInForce(me.id());
        return reminderForm(model, need, commitments, commitments.isEmpty() ? "" : commitments.get(0),
                "That hurt. We agreed to care for each other, and I'm telling you I need your care.", Map.of());
    }

    /** htmx: the coach's notes on the reminder being written. */
    @PostMapping("/reminders/review")
    String reviewReminder(@RequestParam(defaultValue = "") String message, Model model) {
        return notes(model, List.of(CoachNote.of("message", "Your reminder", message, repairs.reviewReminder(message))),
                "The coach has nothing to add: a gentle reminder, not a verdict.");
    }

    @PostMapping("/reminders")
    String remind(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(required = false) Long need,
            @RequestParam(defaultValue = "") String commitment, @RequestParam(defaultValue = "") String message,
            HttpServletResponse response, Model model) {
        try {
            repairs.remind(me.id(), need, commitment, message);
            return "redirect:/?reminded";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return reminderForm(model, need, agreements.commitmentsInForce(me.id()), commitment, message,
                    e.fieldErrors());
        }
    }

    @PostMapping("/reminders/{id}/acknowledgement")
    String acknowledge(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        repairs.acknowledge(me.id(), id);
        return "redirect:/";
    }

    private String reminderForm(Model model, Long need, List<String> commitments, String commitment, String message,
            Map<String, String> errors) {
        model.addAttribute("need", need);
        model.addAttribute("commitments", commitments);
        model.addAttribute("commitment", commitment);
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        return "repair/reminder";
    }

    private String show(PartnerPrincipal me, Hurt hurt, Map<String, String> values, Map<String, String> errors,
            Model model) {
        String partner = couples.partnerNameOf(me.id());
        model.addAttribute("view", new HurtPage(hurt, me.id(), partner, pauseBoxes.of(me.id(), ThreadKind.HURT,
                hurt.id()), phrases.all(), values, errors));
        return "repair/show";
    }

    private static String notes(Model model, List<CoachNote> notes, String cleanMessage) {
        model.addAttribute("notes", notes);
        model.addAttribute("cleanMessage", cleanMessage);
        return "coach/notes";
    }
}
