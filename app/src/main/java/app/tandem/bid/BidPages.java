package app.tandem.bid;

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

/** Making a bid (from home) and responding to one, with the coach reading the response. */
@Controller
class BidPages {

    private final BidService bids;
    private final CoupleService couples;

    private final PauseBoxes pauseBoxes;

    BidPages(BidService bids, CoupleService couples, PauseBoxes pauseBoxes) {
        this.pauseBoxes = pauseBoxes;
        this.bids = bids;
        this.couples = couples;
    }

    @PostMapping("/bids")
    String make(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "") String text,
            HttpServletResponse response, Model model) {
        try {
            bids.make(me.id(), text);
            return "redirect:/?bid-sent";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("text", text);
            model.addAttribute("error", e.fieldErrors().getOrDefault("text", ""));
            return "bid/new";
        }
    }

    @GetMapping("/bids/{id}")
    String show(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        return show(me, bids.get(me.id(), id), "", Map.of(), model);
    }

    @PostMapping("/bids/{id}/response")
    String respond(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String response, @RequestParam(defaultValue = "") String text,
            HttpServletResponse http, Model model) {
        try {
            bids.respond(me.id(), id, BidResponse.parse(response), text);
            return "redirect:/bids/" + id;
        } catch (InvalidInputException e) {
            http.setStatus(400);
            return show(me, bids.get(me.id(), id), text, e.fieldErrors(), model);
        }
    }

    /** htmx: the coach's notes on the response being written. */
    @PostMapping("/bids/{id}/review")
    String review(@PathVariable long id, @RequestParam(defaultValue = "") String text, Model model) {
        Review review = bids.review(text);
        model.addAttribute("notes", List.of(CoachNote.of("text", "Your response", text, review)));
        model.addAttribute("suggestion", review.suggestion() == null ? "" : review.suggestion());
        model.addAttribute("applyAction", "/bids/" + id + "/apply");
        return "coach/reply";
    }

    @PostMapping("/bids/{id}/apply")
    String apply(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model) {
        Review review = bids.review(text);
        return show(me, bids.get(me.id(), id), review.suggestion() == null ? text : review.suggestion(), Map.of(), model);
    }

    private String show(PartnerPrincipal me, Bid bid, String text, Map<String, String> errors, Model model) {
        String partner = couples.partnerNameOf(me.id());
        Review review = bids.review(text);
        model.addAttribute("pauseBox", pauseBoxes.of(me.id(), ThreadKind.BID, bid.id()));
        model.addAttribute("view", new BidView(bid, me.id(), bid.madeBy(me.id()) ? me.displayName() : partner,
                bid.madeBy(me.id()) ? partner : me.displayName(), text, errors,
                List.of(CoachNote.of("text", "Your response", text, review)),
                review.suggestion() == null ? "" : review.suggestion()));
        return "bid/show";
    }
}
