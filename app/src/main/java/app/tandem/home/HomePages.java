package app.tandem.home;

import app.tandem.agreement.AgreementService;
import app.tandem.bid.BidBoard;
import app.tandem.bid.BidService;
import app.tandem.couple.Bubble;
import app.tandem.couple.HomeView;
import app.tandem.need.NeedService;
import app.tandem.need.NeedStatus;
import app.tandem.need.NeedSummary;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.PauseService;
import app.tandem.repair.RepairService;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: what Tandem is for a stranger; for a partner, our bubble and, once together,
 * what waits for whom and our history. A handful of indexed queries, however long the history.
 */
@Controller
class HomePages {

    private final Bubble bubble;
    private final NeedService needs;
    private final BidService bids;

    private final RepairService repairs;
    private final PauseService pauses;

    private final AgreementService agreements;

    HomePages(Bubble bubble, NeedService needs, BidService bids, RepairService repairs, PauseService pauses,
            AgreementService agreements) {
        this.agreements = agreements;
        this.repairs = repairs;
        this.pauses = pauses;
        this.bubble = bubble;
        this.needs = needs;
        this.bids = bids;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page, Model model) {
        if (me == null) {
            return "couple/welcome";
        }
        HomeView view = bubble.of(me.id(), me.displayName());
        model.addAttribute("view", view);
        model.addAttribute("home", view.together() ? together(me.id(), view, status, page, model) : null);
        return "home/home";
    }

    /** Home once we are two: one bounded query per card, whatever the length of our history. */
    private HomePage together(long me, HomeView view, String status, int page, Model model) {
        NeedStatus filter = NeedStatus.parse(status);
        if (filter == NeedStatus.DRAFT) {
            filter = null; // drafts are listed on their own, above
        }
        int shownPage = Math.max(1, page);
        List<NeedSummary> history = needs.history(me, filter, shownPage);
        BidBoard bidBoard = bids.board(me);
        model.addAttribute("answeredBids", bidBoard.answeredLately());
        model.addAttribute("repairs", repairs.board(me));
        model.addAttribute("pauses", pauses.notices(me));
        model.addAttribute("agreement", agreements.current(me));
        return new HomePage(view, needs.board(me), bidBoard.waitingFor(me), bidBoard.madeBy(me),
                history.stream().limit(NeedService.PAGE_SIZE).toList(), filter, shownPage,
                history.size() > NeedService.PAGE_SIZE);
    }
}
