package app.tandem.practice.web;

import app.tandem.couple.CoupleService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.practice.AppreciationService;
import app.tandem.practice.CheckInService;
import app.tandem.practice.PracticeService;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** My practice: choosing practices, small asks in one tap, plans of my own. */
@Controller
class PracticePages {

    private final PracticeService practice;
    private final CheckInService checkIns;
    private final AppreciationService appreciations;
    private final CoupleService couples;
    private final PartnerService partners;

    PracticePages(PracticeService practice, CheckInService checkIns, AppreciationService appreciations,
            CoupleService couples, PartnerService partners) {
        this.partners = partners;
        this.practice = practice;
        this.checkIns = checkIns;
        this.appreciations = appreciations;
        this.couples = couples;
    }

    @GetMapping("/practice")
    String show(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return show(me, null, new SmallAskDraft(null, null), new PlanDraft(null, null), "", Map.of(), model);
    }

    @PostMapping("/practice/choice")
    String choose(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute ChoiceDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            practice.choose(me.id(), draft.toCommand());
            return "redirect:/practice?practice-chosen";
        }, errors -> show(me, draft, new SmallAskDraft(null, null), new PlanDraft(null, null), "choice", errors, model));
    }

    @PostMapping("/practice/small-asks")
    String ask(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute SmallAskDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            practice.sendSmallAsk(me.id(), draft.toCommand());
            return "redirect:/practice?small-ask-sent";
        }, errors -> show(me, null, draft, new PlanDraft(null, null), "ask", errors, model));
    }

    @PostMapping("/practice/own-plans")
    String plan(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute PlanDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            practice.plan(me.id(), draft.toCommand());
            return "redirect:/practice?own-planned";
        }, errors -> show(me, null, new SmallAskDraft(null, null), draft, "plan", errors, model));
    }

    @PostMapping("/practice/own-plans/{id}/done")
    String done(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        practice.markDone(me.id(), id);
        return "redirect:/practice?own-done";
    }

    private String show(PartnerPrincipal me, ChoiceDraft choice, SmallAskDraft ask, PlanDraft plan, String submitted,
            Map<String, String> errors, Model model) {
        var board = practice.board(me.id(), partners.timesOf(me.id()));
        ChoiceDraft shown = choice != null ? choice : new ChoiceDraft(
                board.choice().smallAsks() ? String.valueOf(board.choice().smallAsksWeekly()) : "",
                String.valueOf(board.choice().lifeOfMyOwn()));
        boolean inCouple = couples.coupleOf(me.id()).isPresent();
        model.addAttribute("view", new PracticeView(board, checkIns.latest(me.id()), checkIns.invitationDue(me.id()),
                inCouple && appreciations.dailyInvitationDue(me.id()),
                checkIns.shared(me.id()).stream().filter(s -> s.partnerId() != me.id()).findFirst(),
                couples.partnerNameOf(me.id()), shown, ask, plan, submitted, errors));
        return "practice/practice";
    }
}
