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
        return switch (need.status()) {
            case SENT -> mine ? partnerName() + " reflects" : "Reflect on it";
            case REFLECTED -> mine ? "Confirm or clarify the reflection" : partnerName() + " confirms your reflection";
            case HEARD -> mine ? partnerName() + " answers" : "Answer it";
            case ANSWERED_NOT_NOW -> mine ? "Talk about it, then " + partnerName() + " answers" : "Talk, then answer";
            case ANSWERED_YES, ANSWERED_OTHER_WAY -> mine ? "Mark the follow-through" : partnerName() + " marks the follow-through";
            default -> need.status().description();
        };
    }

    public String historyLink(int toPage) {
        return "/?" + (filter == null ? "" : "status=" + filter.wireName() + "&") + "page=" + toPage + "#history";
    }
}
