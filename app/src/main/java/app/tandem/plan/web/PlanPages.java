package app.tandem.plan.web;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.plan.KnowMeService;
import app.tandem.plan.MissedAgreement;
import app.tandem.plan.Plan;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.web.CoachNote;
import app.tandem.web.Forms;
import app.tandem.web.Text;
import app.tandem.web.TextDraft;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
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

/** A plan's pages: started from a template, predicted privately, made together, signalled during, debriefed after. */
@Controller
class PlanPages {

    private final PlanService plans;
    private final KnowMeService knowMe;
    private final CoupleService couples;
    private final PartnerService partners;
    private final Clock clock;

    PlanPages(PlanService plans, KnowMeService knowMe, CoupleService couples, PartnerService partners, Clock clock) {
        this.plans = plans;
        this.knowMe = knowMe;
        this.couples = couples;
        this.partners = partners;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "") String kind, Model model) {
        PlanKind chosen = PlanKind.parse(kind);
        String title = chosen == null ? "" : chosen.suggestedTitle();
        return list(me, new PlanDraft(chosen == null ? "" : chosen.wireName(), title, "", ""), Map.of(), model);
    }

    @PostMapping("/plans")
    String start(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute PlanDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> "redirect:" + PlanService.path(
                plans.start(me.id(), draft.toCommand(times(me))).id()) + "?plan-started",
                errors -> list(me, draft, errors, model));
    }

    @GetMapping("/plans/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        Plan plan = plans.get(me.id(), id);
        PredictionDraft mine = plan.predictionOf(me.id())
                .map(p -> new PredictionDraft(p.howHard(), p.underStress(), p.needFromYou())).orElse(PredictionDraft.EMPTY);
        return show(me, plan, mine, DebriefDraft.EMPTY, Map.of(), model);
    }

    @PostMapping("/plans/{id}/prediction")
    String predict(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute PredictionDraft draft, HttpServletResponse response, Model model) {
        Plan plan = plans.get(me.id(), id);
        return Forms.submit(response, () -> {
            plans.predict(me.id(), id, draft.toCommand());
            return "redirect:" + PlanService.path(id) + "?predicted";
        }, errors -> show(me, plan, draft, DebriefDraft.EMPTY, errors, model));
    }

    /** htmx: the coach reads "what I need from you" as a need, while it is written. */
    @PostMapping("/plans/{id}/prediction/review")
    String review(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute PredictionDraft draft, Model model) {
        plans.get(me.id(), id);
        model.addAttribute("notes", List.of(CoachNote.of("needFromYou", Text.current().t("plan.show.needFromYou"),
                draft.needFromYou(), plans.reviewNeed(draft.needFromYou()))));
        model.addAttribute("cleanMessage", Text.current().t("plan.show.coach.nothingToChange"));
        return "coach/notes";
    }

    @PostMapping("/plans/{id}/signal-words")
    String signalWords(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute SignalsDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, response, model, () -> plans.setSignals(me.id(), id, draft.toCommand()), "plan-changed");
    }

    @PostMapping("/plans/{id}/agreements")
    String agree(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute TextDraft draft,
            HttpServletResponse response, Model model) {
        return act(me, id, response, model, () -> plans.addAgreement(me.id(), id, draft.toText("text", Phrase.of("plan.field.agreement"))),
                "plan-changed");
    }

    @PostMapping("/plans/{id}/agreements/{agreementId}/remove")
    String removeAgreement(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @PathVariable long agreementId) {
        plans.removeAgreement(me.id(), id, agreementId);
        return "redirect:" + PlanService.path(id) + "?plan-changed";
    }

    @PostMapping("/plans/{id}/tasks")
    String task(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute TaskDraft draft,
            HttpServletResponse response, Model model) {
        return act(me, id, response, model, () -> plans.addTask(me.id(), id, draft.toCommand()), "plan-changed");
    }

    @PostMapping("/plans/{id}/signature")
    String sign(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        plans.sign(me.id(), id);
        return "redirect:" + PlanService.path(id) + "?plan-signed";
    }

    @PostMapping("/plans/{id}/signals")
    String signal(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute SignalDraft draft,
            HttpServletResponse response, Model model) {
        return act(me, id, response, model, () -> plans.signal(me.id(), id, draft.toCommand()), "signal-sent");
    }

    @PostMapping("/plans/{id}/signals/{signalId}/seen")
    String seen(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @PathVariable long signalId) {
        plans.acknowledge(me.id(), id, signalId);
        return "redirect:" + PlanService.path(id) + "?signal-seen";
    }

    @PostMapping("/plans/{id}/debrief-time")
    String debriefTime(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute DebriefTimeDraft draft, HttpServletResponse response, Model model) {
        return act(me, id, response, model, () -> plans.scheduleDebrief(me.id(), id, draft.toCommand(times(me))),
                "debrief-planned");
    }

    @PostMapping("/plans/{id}/debrief")
    String debrief(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute DebriefDraft draft, HttpServletResponse response, Model model) {
        Plan plan = plans.get(me.id(), id);
        return Forms.submit(response, () -> {
            plans.debrief(me.id(), id, draft.toCommand());
            return "redirect:" + PlanService.path(id) + "?debriefed";
        }, errors -> show(me, plan, PredictionDraft.EMPTY, draft, errors, model));
    }

    /** Missed: marked, then repair's "name what hurt", prefilled with the agreement; never a blame form. */
    @PostMapping("/plans/{id}/agreements/{agreementId}/missed")
    String missed(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @PathVariable long agreementId) {
        MissedAgreement missed = plans.markMissed(me.id(), id, agreementId);
        return "redirect:" + missed.hurtPath();
    }

    private String act(PartnerPrincipal me, long id, HttpServletResponse response, Model model,
            java.util.function.Supplier<Plan> action, String flash) {
        Plan plan = plans.get(me.id(), id);
        return Forms.submit(response, () -> {
            action.get();
            return "redirect:" + PlanService.path(id) + "?" + flash;
        }, errors -> show(me, plan, PredictionDraft.EMPTY, DebriefDraft.EMPTY, errors, model));
    }

    private String list(PartnerPrincipal me, PlanDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("view", new PlansView(plans.recent(me.id()), draft, errors, times(me), clock.instant()));
        return "plan/list";
    }

    private String show(PartnerPrincipal me, Plan plan, PredictionDraft prediction, DebriefDraft debrief,
            Map<String, String> errors, Model model) {
        Couple couple = couples.coupleOf(me.id()).orElseThrow();
        Couple.Member other = couple.partnerOf(me.id()).orElseThrow();
        List<CoachNote> notes = prediction.needFromYou().isBlank() ? List.of()
                : List.of(CoachNote.of("needFromYou", Text.current().t("plan.show.needFromYou"), prediction.needFromYou(),
                        plans.reviewNeed(prediction.needFromYou())));
        model.addAttribute("view", new PlanView(plan, me.id(), other.partnerId(), me.displayName(), other.displayName(),
                times(me), partners.timesOf(other.partnerId()), clock.instant(), plans.lessons(me.id(), plan),
                knowMe.sharedWithMe(me.id()), prediction, notes, debrief, errors));
        return "plan/show";
    }

    private LocalTimes times(PartnerPrincipal me) {
        return partners.timesOf(me.id());
    }
}
