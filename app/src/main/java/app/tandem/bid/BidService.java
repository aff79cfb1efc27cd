package app.tandem.bid;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.Phrase;
import app.tandem.pause.PauseService;
import app.tandem.pause.ThreadKind;
import app.tandem.kernel.ConflictException;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import app.tandem.kernel.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bids: one line asked, answered by turning toward, away or against; the coach reviews the response. */
@Service
public class BidService {

    public static final int PAGE_SIZE = 20;
    static final int OPEN_LIMIT = 20;
    static final int ANSWERED_SHOWN = 5;

    private final BidRepository bids;
    private final CoupleService couples;
    private final Coach coach;
    private final Clock clock;
    private final PauseService pauses;
    private final Notifications notifications;

    BidService(BidRepository bids, CoupleService couples, Coach coach, Clock clock, PauseService pauses,
            Notifications notifications) {
        this.notifications = notifications;
        this.bids = bids;
        this.couples = couples;
        this.coach = coach;
        this.clock = clock;
        this.pauses = pauses;
    }

    /** A bid is one line ({@code line} checked by its input). */
    @Transactional
    public Bid make(long partnerId, String line) {
        long coupleId = couples.requireCoupleId(partnerId);
        if (!couples.coupleOf(partnerId).map(Couple::complete).orElse(false)) {
            throw new ConflictException(Phrase.of("bid.conflict.your-partner-has-not"));
        }
        long id = bids.insert(coupleId, partnerId, line, clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.BID_MADE, "/bids/" + id);
        return bids.find(id, coupleId).orElseThrow();
    }

    public Bid get(long partnerId, long bidId) {
        return bids.find(bidId, couples.requireCoupleId(partnerId)).orElseThrow(() -> new NotFoundException("Bid"));
    }

    /** The partner the bid was made to responds, once (see {@link BidResponse}). */
    @Transactional
    public Bid respond(long partnerId, long bidId, RespondToBid respond) {
        long coupleId = couples.requireCoupleId(partnerId);
        Bid bid = bids.lock(bidId, coupleId).orElseThrow(() -> new NotFoundException("Bid"));
        if (bid.madeBy(partnerId)) {
            throw new NotFoundException("Bid");
        }
        pauses.requireNotPaused(coupleId, ThreadKind.BID, bidId);
        BidStatus next = bid.check(respond.response(), partnerId);
        List<String> labels = respond.text().isEmpty() ? List.of()
                : review(respond.text()).labels().stream().map(Label::wireName).toList();
        bids.respond(bidId, next, respond.text(), labels, clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.BID_ANSWERED, "/bids/" + bidId);
        return bids.find(bidId, coupleId).orElseThrow();
    }

    public Review review(String response) {
        return coach.review(Kind.REPLY, response == null ? "" : response);
    }

    /** Open bids of the couple, newest first: home shows those made to me and those I made. */
    public List<Bid> open(long partnerId) {
        return bids.open(couples.requireCoupleId(partnerId), OPEN_LIMIT);
    }

    /** Home's bids: the open ones and the last few answered. One query, whatever the history. */
    public BidBoard board(long partnerId) {
        List<Bid> bids = this.bids.openAndAnswered(couples.requireCoupleId(partnerId));
        return new BidBoard(bids.stream().filter(b -> b.status().open()).toList(),
                bids.stream().filter(b -> !b.status().open()).toList());
    }

    /** One page (from 1) of the couple's bids, newest first, plus one to tell whether there is a next. */
    public List<Bid> recent(long partnerId, int page) {
        return bids.recent(couples.requireCoupleId(partnerId), PAGE_SIZE + 1, (Math.max(1, page) - 1) * PAGE_SIZE);
    }
}
