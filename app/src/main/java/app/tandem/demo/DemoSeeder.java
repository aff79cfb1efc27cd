package app.tandem.demo;

import app.tandem.bid.BidResponse;
import app.tandem.bid.RespondToBid;
import app.tandem.bid.BidService;
import app.tandem.couple.CoupleService;
import app.tandem.load.LoadItem;
import app.tandem.load.LoadService;
import app.tandem.load.LogDone;
import app.tandem.load.Owner;
import app.tandem.need.AnswerKind;
import app.tandem.need.AnswerNeed;
import app.tandem.need.FollowThrough;
import app.tandem.need.NeedService;
import app.tandem.need.NeedText;
import app.tandem.need.When;
import app.tandem.partner.Partner;
import app.tandem.partner.PartnerService;
import app.tandem.plan.NewPlan;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.Predict;
import app.tandem.partner.SignUp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code --tandem.demo=true} (or TANDEM_DEMO=true), seeds a demo couple so a newcomer
 * sees a lived-in app. Runs once: a second start finds the partners already there.
 */
@Component
@ConditionalOnProperty(name = "tandem.demo", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    static final String PASSWORD = "tandem-demo-together";
    static final String ALEX = "alex@demo.tandem.local";
    static final String SAM = "sam@demo.tandem.local";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final PartnerService partners;
    private final CoupleService couples;
    private final NeedService needs;
    private final BidService bids;
    private final LoadService load;
    private final PlanService plans;
    private final Clock clock;

    DemoSeeder(PartnerService partners, CoupleService couples, NeedService needs, BidService bids, LoadService load,
            PlanService plans, Clock clock) {
        this.plans = plans;
        this.partners = partners;
        this.couples = couples;
        this.needs = needs;
        this.bids = bids;
        this.load = load;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (partners.findByEmail(ALEX).isPresent()) {
            log.info("Demo couple already seeded; sign in as {} or {}", ALEX, SAM);
            return;
        }
        Partner alex = partners.signUp(new SignUp(ALEX, "Alex", PASSWORD));
        Partner sam = partners.signUp(new SignUp(SAM, "Sam", PASSWORD));
        var couple = couples.create(alex.id());
        couples.join(sam.id(), couple.invite().orElseThrow().code());
        seedHistory(alex.id(), sam.id());
        seedLoad(alex, sam);
        seedPlan(alex.id(), sam.id());
        log.info("Seeded the demo couple: sign in as {} or {} with the password {}", ALEX, SAM, PASSWORD);
    }

    /** A little lived-in history: one need met and thanked, one waiting for Sam to listen, two bids. */
    private void seedHistory(long alex, long sam) {
        long met = needs.send(alex, new NeedText("stretched thin", "work and the move both peak this week",
                "you to cook on Tuesday and Thursday", When.in(When.Period.THIS_WEEK))).id();
        needs.reflect(sam, met, "You're carrying a lot this week and cooking two nights would help.");
        needs.confirm(alex, met);
        needs.answer(sam, met, new AnswerNeed(AnswerKind.YES, "Yes, I'll do both, pasta on Tuesday.", When.UNSAID));
        needs.followThrough(alex, met, FollowThrough.MET);
        needs.thank(alex, met, "Thank you, the pasta was perfect and I slept early.");

        needs.send(sam, new NeedText("nervous", "my sister visits on Saturday and the flat is a mess",
                "an hour with you on Friday evening to tidy the living room together", When.in(When.Period.THIS_WEEK)));

        long walk = bids.make(alex, "Walk by the river after dinner?").id();
        bids.respond(sam, walk, new RespondToBid(BidResponse.TOWARD, "Yes! I'll bring the thermos."));
        bids.make(sam, "Look at this photo of us from last summer.");
    }

    /**
     * Sam's family party on Saturday evening, which Alex dreads: Alex has written a prediction,
     * privately; Sam's is still to come, so a newcomer sees both revealed when Sam writes theirs.
     */
    private void seedPlan(long alex, long sam) {
        Instant saturday = clock.instant().plus(java.time.Duration.ofDays(4)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        long party = plans.start(sam, new NewPlan(PlanKind.FAMILY_GATHERING, "Sam's family party", saturday,
                "Sam's parents' house")).id();
        plans.predict(alex, party, new Predict("Hard: I dread the questions about when we'll marry.",
                "Go quiet and end up doing the dishes alone.", "I'd like it if you stayed with me most of the time."));
    }

    /**
     * Six weeks of shared load in which Alex (partner A) carries most of the noticing and
     * planning, so the balance view has a trend and Alex sees the going-it-alone prompt.
     */
    private void seedLoad(Partner alex, Partner sam) {
        List<LoadItem> items = load.pick(alex.id(), List.of(
                new LoadService.Pick("cook-dinner", Owner.A), new LoadService.Pick("laundry", Owner.A),
                new LoadService.Pick("groceries", Owner.SHARED), new LoadService.Pick("bins", Owner.B),
                new LoadService.Pick("dishes", Owner.B), new LoadService.Pick("bills", Owner.A),
                new LoadService.Pick("birthdays", Owner.A), new LoadService.Pick("dog-walk", Owner.SHARED)));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int daysAgo = 42; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            Instant evening = day.atTime(19, 0).toInstant(ZoneOffset.UTC);
            for (LoadItem item : items) {
                if (dueOn(item, daysAgo)) {
                    long loggedBy = item.doing() == Owner.B ? sam.id() : alex.id();
                    load.logDone(loggedBy, item.id(), new LogDone(item.doing() == Owner.SHARED ? Owner.SHARED : null, evening));
                }
            }
        }
    }

    private static boolean dueOn(LoadItem item, int daysAgo) {
        return switch (item.cadence()) {
            case DAILY -> true;
            case WEEKLY -> daysAgo % 7 == 3;
            case EVERY_N_DAYS -> daysAgo % item.everyDays() == 0;
            case MONTHLY -> daysAgo % 30 == 5;
            default -> false;
        };
    }
}
