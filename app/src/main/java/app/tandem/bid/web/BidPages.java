package app.tandem.bid.web;

import app.tandem.bid.Bid;
import app.tandem.bid.BidService;
import app.tandem.coach.Review;
import app.tandem.couple.CoupleService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.PauseBoxes;
import app.tandem.pause.ThreadKind;
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

/** Making a bid (from home) and responding to one, with the coach reading the response. */
@Controller
class BidPages {

    private final BidService bids;
    private final CoupleService couples;
    private final PauseBoxes pauseBoxes;

    BidPages(BidService bids, CoupleService couples, PauseBoxes pauseBoxes) {
        this.bids = bids;
        this.couples = couples;
        this.pauseBoxes = pauseBoxes;
    }

    @PostMapping("/bids")
    String make(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute BidDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            bids.make(me.id(), draft.toLine());
            return "redirect:/?bid-sent";
        }, errors -> {
            model.addAttribute("text", draft.text());
            model.addAttribute("error", errors.getOrDefault("text", ""));
            return "bid/new";
        });
    }

    @GetMapping("/bids/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        return show(me, bids.get(me.id(), id), new ResponseDraft(null, null), Map.of(), model);
    }

    @PostMapping("/bids/{id}/response")
    String respond(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute ResponseDraft draft, HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            bids.respond(me.id(), id, draft.toCommand());
            return "redirect:/bids/" + id + "?bid-answered";
        }, errors -> show(me, bids.get(me.id(), id), draft, errors, model),
                changed -> show(me, bids.get(me.id(), id), draft, Map.of(Forms.STALE, changed), model));
    }

    /** htmx: the coach's notes on the response being written. */
    @PostMapping("/bids/{id}/review")
    String review(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute TextDraft draft,
            Model model) {
        bids.get(me.id(), id); // another couple's bid is 404 here too, though nothing of it would show
        Review review = bids.review(draft.text());
        model.addAttribute("notes", List.of(CoachNote.of("text", app.tandem.web.Text.current().t("coach.field.response"), draft.text(), review)));
        model.addAttribute("suggestion", review.suggestion() == null ? "" : review.suggestion());
        model.addAttribute("applyAction", "/bids/" + id + "/apply");
        return "coach/reply";
    }

    @PostMapping("/bids/{id}/apply")
    String apply(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @ModelAttribute ResponseDraft draft, Model model) {
        String suggestion = bids.review(draft.text()).suggestion();
        return show(me, bids.get(me.id(), id), new ResponseDraft(draft.response(),
                suggestion == null ? draft.text() : suggestion), Map.of(), model);
    }

    private String show(PartnerPrincipal me, Bid bid, ResponseDraft draft, Map<String, String> errors, Model model) {
        String partner = couples.partnerNameOf(me.id());
        Review review = bids.review(draft.text());
        model.addAttribute("pauseBox", pauseBoxes.of(me.id(), ThreadKind.BID, bid.id()));
        model.addAttribute("view", new BidView(bid, me.id(), bid.madeBy(me.id()) ? me.displayName() : partner,
                bid.madeBy(me.id()) ? partner : me.displayName(), draft.text(), errors,
                List.of(CoachNote.of("text", app.tandem.web.Text.current().t("coach.field.response"), draft.text(), review)),
                review.suggestion() == null ? "" : review.suggestion()));
        return "bid/show";
    }
}
