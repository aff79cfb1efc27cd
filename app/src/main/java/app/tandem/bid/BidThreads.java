package app.tandem.bid;

import app.tandem.pause.ThreadDirectory;
import app.tandem.pause.ThreadKind;
import org.springframework.stereotype.Component;

/** Lets a bid's conversation be paused. */
@Component
class BidThreads implements ThreadDirectory {

    private final BidRepository bids;

    BidThreads(BidRepository bids) {
        this.bids = bids;
    }

    @Override
    public ThreadKind kind() {
        return ThreadKind.BID;
    }

    @Override
    public boolean visibleTo(long coupleId, long partnerId, long threadId) {
        return bids.find(threadId, coupleId).isPresent();
    }

    @Override
    public String path(long threadId) {
        return "/bids/" + threadId;
    }
}
