package app.tandem.bid;

import java.time.Instant;
import java.util.List;

/**
 * A small, quick ask for connection ("Can we connect tonight?") and the partner's response,
 * with the coach's labels on the response as it was sent.
 */
public record Bid(long id, long coupleId, long bidderId, String text, BidStatus status, Instant createdAt,
        String responseText, List<String> responseLabels, Instant respondedAt) {

    public boolean madeBy(long partnerId) {
        return bidderId == partnerId;
    }

    /** Only the partner it was made to responds, once. */
    public boolean canRespond(long partnerId) {
        return !madeBy(partnerId) && status == BidStatus.OPEN;
    }
}
