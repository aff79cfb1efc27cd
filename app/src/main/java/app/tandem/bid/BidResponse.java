package app.tandem.bid;

import java.util.Locale;

/**
 * The bid's whole state machine: the partner a bid was made to responds once, from
 * {@link BidStatus#OPEN}, and each response leads to its own status. The bidder cannot answer
 * their own bid (404); a second response is refused (409).
 */
public enum BidResponse {
    TOWARD(BidStatus.TURNED_TOWARD), AWAY(BidStatus.TURNED_AWAY), AGAINST(BidStatus.TURNED_AGAINST);

    /** The one status a response is taken from. */
    static final BidStatus FROM = BidStatus.OPEN;

    private final BidStatus leadsTo;

    BidResponse(BidStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public BidStatus leadsTo() {
        return leadsTo;
    }

    /** "toward", "away" or "against", in any case; null for anything else. */
    public static BidResponse parse(String value) {
        if (value == null) {
            return null;
        }
        for (BidResponse r : values()) {
            if (r.name().equalsIgnoreCase(value.strip())) {
                return r;
            }
        }
        return null;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
