package app.tandem.home.web;

import app.tandem.agreement.AgreementService;
import app.tandem.bid.BidService;
import app.tandem.couple.Bubble;
import app.tandem.couple.Couple;
import app.tandem.couple.HomeView;
import app.tandem.need.NeedService;
import app.tandem.need.NeedStatus;
import app.tandem.need.NeedSummary;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.pause.PauseService;
import app.tandem.partner.PartnerService;
import app.tandem.practice.HomePractice;
import app.tandem.plan.PlanService;
import app.tandem.repair.RepairService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: what Tandem is for a stranger; for a partner, our bubble and, once together,
 * what waits for whom and our history. One query for the couple and its revision; while the
 * revision holds, the cards read last time ({@link HomeCards}); otherwise a handful of indexed
 * queries, however long the history.
 */
@Controller
class HomePages {

    private final Bubble bubble;
    private final NeedService needs;
    private final BidService bids;
    private final RepairService repairs;
    private final PauseService pauses;
    private final AgreementService agreements;
    private final HomeCards kept;
    private final HomePractice practice;
    private final PartnerService partners;
    private final PlanService plans;
    private final Clock clock;

    HomePages(Bubble bubble, NeedService needs, BidService bids, RepairService repairs, PauseService pauses,
            AgreementService agreements, HomeCards kept, HomePractice practice, PartnerService partners,
            PlanService plans, Clock clock) {
        this.practice = practice;
        this.partners = partners;
        this.plans = plans;
        this.clock = clock;
        this.bubble = bubble;
        this.needs = needs;
        this.bids = bids;
        this.repairs = repairs;
        this.pauses = pauses;
        this.agreements = agreements;
        this.kept = kept;
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

    /** Home once we are two: the cards as read at our couple's revision, then what time changes. */
    private HomePage together(long me, HomeView view, String status, int page, Model model) {
        NeedStatus parsed = NeedStatus.parse(status);
        NeedStatus filter = parsed == NeedStatus.DRAFT ? null : parsed; // drafts are listed on their own
        int shownPage = Math.max(1, page);
        Couple couple = view.couple().orElseThrow();
        Instant now = clock.instant();
        HomeCards.Cards cards = kept.at(me, couple.id(), couple.revision(), now, filter, shownPage,
                () -> read(me, couple, filter, shownPage));
        model.addAttribute("answeredBids", cards.bids().answeredLately());
        model.addAttribute("repairs", cards.repairs());
        model.addAttribute("pauses", pauses.noticesOf(cards.pauses()));
        model.addAttribute("agreement", cards.agreement());
        model.addAttribute("signals", cards.signals());
        model.addAttribute("upcomingPlans", cards.upcomingPlans());
        // Read on every visit, not kept with the cards: its invitations fall due with time, and
        // small asks, check-ins and plans of one's own are private, so raise no couple revision.
        // One statement of indexed look-ups.
        model.addAttribute("practice", practice.of(me, couple.id(), partners.timesOf(me)));
        model.addAttribute("now", now);
        return new HomePage(view, cards.needs(), cards.bids().waitingFor(me), cards.bids().madeBy(me),
                cards.history().stream().limit(NeedService.PAGE_SIZE).toList(), filter, shownPage,
                cards.history().size() > NeedService.PAGE_SIZE);
    }

    /** One bounded query per card, whatever the length of our history. */
    private HomeCards.Cards read(long me, Couple couple, NeedStatus filter, int page) {
        return new HomeCards.Cards(needs.history(me, filter, page), needs.board(me), bids.board(me), repairs.board(me),
                pauses.latest(me), agreements.current(me), plans.unseenSignals(couple, me), plans.upcoming(couple, 3));
    }
}
