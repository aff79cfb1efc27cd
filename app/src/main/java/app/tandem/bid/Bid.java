package app.tandem.bid;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
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
        return !madeBy(partnerId) && status == BidResponse.FROM;
    }

    /** Where {@code response} by {@code partnerId} leads, or why not: 404 for the bidder, 409 once answered. */
    BidStatus check(BidResponse response, long partnerId) {
        if (madeBy(partnerId)) {
            throw new NotFoundException("Bid");
        }
        if (status != BidResponse.FROM) {
            throw new ConflictException(Phrase.of("bid.conflict.answered", Phrase.of("bid.status." + status.name().toLowerCase(java.util.Locale.ROOT))));
        }
        return response.leadsTo();
    }

    /** Any answered bid may have hurt its bidder, who can say so: a turn toward as much as away. */
    public boolean mayHaveHurt(long partnerId) {
        return madeBy(partnerId) && !status.open();
    }

    /** Turned away or against: the hurt is plain. Turned toward, it can still sting ("yeah, but…"). */
    public boolean turnedAwayOrAgainst() {
        return status.hurtful();
    }
}
