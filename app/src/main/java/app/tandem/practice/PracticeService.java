package app.tandem.practice;

import app.tandem.bid.BidService;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import app.tandem.need.NeedService;
import app.tandem.need.NeedText;
import app.tandem.need.When;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import app.tandem.kernel.LocalTimes;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices a partner chose for themselves: small asks, sent through the bid and need
 * services and counted quietly, and a life of their own. Everything here is read by the
 * partner's own id; nothing compares the partners.
 */
@Service
public class PracticeService {

    static final int PLANS_SHOWN = 30;
    /**
     * A small ask sent as a need: the words are the ask; the feeling and the why say it is
     * practice. They are said in the asker's language when sent, and kept as the asker's words.
     */
    static final Phrase SMALL_ASK_FEELING = Phrase.of("practice.smallAsk.need.feeling");
    static final Phrase SMALL_ASK_BECAUSE = Phrase.of("practice.smallAsk.need.because");

    private final PracticeRepository practice;
    private final BidService bids;
    private final NeedService needs;
    private final Clock clock;

    PracticeService(PracticeRepository practice, BidService bids, NeedService needs, Clock clock) {
        this.practice = practice;
        this.bids = bids;
        this.needs = needs;
        this.clock = clock;
    }

    /** The partner's board, its weeks cut at their own Monday midnight. */
    public PracticeBoard board(long partnerId, LocalTimes times) {
        Instant now = clock.instant();
        return new PracticeBoard(practice.choice(partnerId), practice.smallAsksSince(partnerId, weekStart(times, now)),
                practice.smallAsksSince(partnerId, Instant.EPOCH), practice.plans(partnerId, PLANS_SHOWN),
                practice.weeksPractised(partnerId, times.zone().getRules().getOffset(now)));
    }

    @Transactional
    public PracticeChoice choose(long partnerId, PracticeChoice choice) {
        practice.choose(partnerId, choice, clock.instant());
        return practice.choice(partnerId);
    }

    /** One tap: the ask goes to the partner as a bid or a need, and my quiet count moves. Returns its page. */
    @Transactional
    public String sendSmallAsk(long partnerId, SmallAsk ask) {
        String path = switch (ask.as()) {
            case BID -> "/bids/" + bids.make(partnerId, ask.text()).id();
            case NEED -> "/needs/" + needs.send(partnerId, new NeedText(SMALL_ASK_FEELING.say(), SMALL_ASK_BECAUSE.say(),
                    ask.text(), When.UNSAID)).id();
        };
        practice.smallAskSent(partnerId, path, clock.instant());
        return path;
    }

    @Transactional
    public OwnPlan plan(long partnerId, PlanOwn plan) {
        long id = practice.insertPlan(partnerId, plan, clock.instant());
        return practice.plan(id, partnerId).orElseThrow();
    }

    /** Marked done once; marking it again changes nothing. */
    @Transactional
    public OwnPlan markDone(long partnerId, long planId) {
        practice.plan(planId, partnerId).orElseThrow(() -> new NotFoundException("Plan"));
        practice.markDone(planId, clock.instant());
        return practice.plan(planId, partnerId).orElseThrow();
    }

    /** Monday 00:00 of this week where the partner lives. */
    static Instant weekStart(LocalTimes times, Instant now) {
        return times.startOf(times.today(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }
}
