package app.tandem.bid;

import java.util.List;

/**
 * What home shows of bids: the open ones, each waiting for one of us, and the few answered
 * lately, so the bidder learns how their bid was met, toward or away.
 */
public record BidBoard(List<Bid> open, List<Bid> answeredLately) {

    public List<Bid> waitingFor(long partnerId) {
        return open.stream().filter(b -> !b.madeBy(partnerId)).toList();
    }

    public List<Bid> madeBy(long partnerId) {
        return open.stream().filter(b -> b.madeBy(partnerId)).toList();
    }
}
