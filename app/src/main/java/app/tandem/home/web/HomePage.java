package app.tandem.home.web;

import app.tandem.bid.Bid;
import app.tandem.couple.HomeView;
import app.tandem.need.NeedBoard;
import app.tandem.need.NeedStatus;
import app.tandem.need.NeedSummary;
import java.util.List;

/**
 * Home for a partner in a couple: our bubble, then what is waiting for me, what is waiting for
 * my partner, and a page of history (optionally of one status).
 */
public record HomePage(HomeView bubble, NeedBoard needs, List<Bid> bidsForMe, List<Bid> myOpenBids,
        List<NeedSummary> history, NeedStatus filter, int page, boolean hasMore) {

    public long me() {
        return bubble.myId();
    }

    public String partnerName() {
        return bubble.partnerName();
    }

    public String nameOf(NeedSummary need) {
        return need.askedBy(me()) ? "You" : partnerName();
    }

    public boolean nothingForMe() {
        return needs.waitingForMe().isEmpty() && bidsForMe.isEmpty();
    }

    public boolean nothingForPartner() {
        return needs.waitingForPartner().isEmpty() && myOpenBids.isEmpty();
    }

    public List<NeedStatus> statuses() {
        return List.of(NeedStatus.SENT, NeedStatus.REFLECTED, NeedStatus.HEARD, NeedStatus.ANSWERED_YES,
                NeedStatus.ANSWERED_OTHER_WAY, NeedStatus.ANSWERED_NOT_NOW, NeedStatus.MET, NeedStatus.MISSED);
    }

    /** What the partner who has the turn does next, in a few words. */
    public String nextStep(NeedSummary need) {
        boolean mine = need.askedBy(me());
        app.tandem.web.Text text = app.tandem.web.Text.current();
        String key = switch (need.status()) {
            case SENT -> mine ? "home.next.reflects" : "home.next.reflect";
            case REFLECTED -> mine ? "home.next.confirm" : "home.next.confirms";
            case HEARD -> mine ? "home.next.answers" : "home.next.answer";
            case ANSWERED_NOT_NOW -> mine ? "home.next.talkThenAnswers" : "home.next.talkThenAnswer";
            case ANSWERED_YES, ANSWERED_OTHER_WAY -> mine ? "home.next.markFollowThrough" : "home.next.marksFollowThrough";
            default -> "need.status." + need.status().wireName() + ".description";
        };
        return text.t(key, partnerName());
    }

    public String historyLink(int toPage) {
        return "/?" + (filter == null ? "" : "status=" + filter.wireName() + "&") + "page=" + toPage + "#history";
    }
}
