package app.tandem.bid;

import app.tandem.pause.ThreadDirectory;
import app.tandem.pause.ThreadKind;
import app.tandem.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Lets a bid's conversation be paused. */
@Component
class BidThreads implements ThreadDirectory {

    private final BidService bids;

    BidThreads(@org.springframework.context.annotation.Lazy BidService bids) {
        this.bids = bids;
    }

    @Override
    public ThreadKind kind() {
        return ThreadKind.BID;
    }

    @Override
    public boolean visibleTo(long partnerId, long threadId) {
        try {
            bids.get(partnerId, threadId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public String path(long threadId) {
        return "/bids/" + threadId;
    }
}
