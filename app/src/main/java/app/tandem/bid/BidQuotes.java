package app.tandem.bid;

import app.tandem.notification.ThreadQuotes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A bid's words, for a partner who reads them in their e-mail by choice. */
@Component
class BidQuotes implements ThreadQuotes {

    private final BidRepository bids;

    BidQuotes(BidRepository bids) {
        this.bids = bids;
    }

    @Override
    public String pathPrefix() {
        return "/bids/";
    }

    @Override
    public Optional<String> quote(long coupleId, long threadId) {
        return bids.find(threadId, coupleId).map(Bid::text);
    }
}
