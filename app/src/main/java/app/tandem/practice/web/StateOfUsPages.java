package app.tandem.practice.web;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.Phrase;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.plan.PlanService;
import app.tandem.practice.AppreciationService;
import app.tandem.practice.StateOfUs;
import app.tandem.practice.StateOfUsService;
import app.tandem.web.CoachNote;
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

/** The weekly state of us: planned, then held with both pages open and redrawing live. */
@Controller
class StateOfUsPages {

    /** The turn's field, by one name in its errors and the coach's notes. */
    private static final Phrase TURN = Phrase.of("practice.field.turn");

    private final StateOfUsService meetings;
    private final AppreciationService appreciations;
    private final CoupleService couples;
    private final PartnerService partners;
    private final PlanService plans;

    StateOfUsPages(StateOfUsService meetings, AppreciationService appreciations, CoupleService couples,
            PartnerService partners, PlanService plans) {
        this.partners = partners;
        this.plans = plans;
        this.meetings = meetings;
        this.appreciations = appreciations;
        this.couples = couples;
    }

    @GetMapping("/state-of-us")
    String list(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return list(me, new ScheduleDraft(null), Map.of(), model);
    }

    @PostMapping("/state-of-us")
    String schedule(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute ScheduleDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> "redirect:" + StateOfUsService.path(
                meetings.schedule(me.id(), draft.toCommand(partners.timesOf(me.id()))).id()) + "?state-of-us-planned", errors -> list(me, draft, errors, model));
    }

    @GetMapping("/state-of-us/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        return show(me, meetings.get(me.id(), id), "", new NextWeekNeedDraft(null, null, null), Map.of(), model);
    }

    @PostMapping("/state-of-us/{id}/turns")
    String turn(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute TextDraft draft,
            HttpServletResponse response, Model model) {
        StateOfUs meeting = meetings.get(me.id(), id);
        return Forms.submit(response, () -> {
            meetings.takeTurn(me.id(), id, draft.toText("text", TURN));
            return "redirect:" + StateOfUsService.path(id) + "?turn-taken";
        }, errors -> show(me, meeting, draft.text(), new NextWeekNeedDraft(null, null, null), errors, model),
                changed -> show(me, meetings.get(me.id(), id), draft.text(), new NextWeekNeedDraft(null, null, null),
                        Map.of(Forms.STALE, changed), model));
    }

    /** htmx: the coach's notes on the turn being written, read as the role it is my turn for. */
    @PostMapping("/state-of-us/{id}/review")
    String review(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute TextDraft draft,
            Model model) {
        StateOfUs meeting = meetings.get(me.id(), id);
        model.addAttribute("notes", List.of(CoachNote.of("text", TURN.say(), draft.text(),
                meetings.review(meeting, draft.text()))));
        model.addAttribute("cleanMessage", Phrase.of("practice.stateOfUs.coach.nothingToChange").say());
        return "coach/notes";
    }

    @PostMapping("/state-of-us/{id}/appreciations")
    String appreciate(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute TextDraft draft, HttpServletResponse response, Model model) {
        StateOfUs meeting = meetings.get(me.id(), id);
        return Forms.submit(response, () -> {
            appreciations.send(me.id(), draft.toText("appreciation", Phrase.of("practice.field.appreciation")));
            return "redirect:" + StateOfUsService.path(id) + "?appreciation-sent";
        }, errors -> show(me, meeting, "", new NextWeekNeedDraft(null, null, null), errors, model));
    }

    @PostMapping("/state-of-us/{id}/needs")
    String need(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute NextWeekNeedDraft draft, HttpServletResponse response, Model model) {
        StateOfUs meeting = meetings.get(me.id(), id);
        return Forms.submit(response, () -> {
            meetings.sendNeed(me.id(), id, draft.toCommand());
            return "redirect:" + StateOfUsService.path(id) + "?need-sent";
        }, errors -> show(me, meeting, "", draft, errors, model));
    }

    @PostMapping("/state-of-us/{id}/close")
    String close(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        meetings.close(me.id(), id);
        return "redirect:" + StateOfUsService.path(id) + "?state-of-us-closed";
    }

    private String list(PartnerPrincipal me, ScheduleDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("meetings", meetings.recent(me.id()));
        model.addAttribute("at", draft.at());
        model.addAttribute("error", errors.getOrDefault("at", ""));
        return "practice/stateOfUsList";
    }

    private String show(PartnerPrincipal me, StateOfUs meeting, String turnText, NextWeekNeedDraft need,
            Map<String, String> errors, Model model) {
        Couple couple = couples.coupleOf(me.id()).orElseThrow();
        Couple.Member other = couple.partnerOf(me.id()).orElseThrow();
        List<CoachNote> notes = turnText.isBlank() ? List.of()
                : List.of(CoachNote.of("text", TURN.say(), turnText, meetings.review(meeting, turnText)));
        model.addAttribute("view", new StateOfUsView(meeting, me.id(), other.partnerId(), me.displayName(),
                other.displayName(), appreciations.since(me.id(), meeting.createdAt().minus(java.time.Duration.ofDays(7))),
                meetings.wentWell(me.id()), turnText, notes, need, errors));
        // A look at what is coming: the plans for the next events, to prepare together.
        model.addAttribute("upcomingPlans", plans.upcoming(me.id(), 3));
        return "practice/stateOfUs";
    }
}
