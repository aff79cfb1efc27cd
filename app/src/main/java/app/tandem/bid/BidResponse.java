package app.tandem.bid;

import java.util.Locale;

/** How the partner responds to a bid. */
public enum BidResponse {
    TOWARD(BidStatus.TURNED_TOWARD), AWAY(BidStatus.TURNED_AWAY), AGAINST(BidStatus.TURNED_AGAINST);

    private final BidStatus leadsTo;

    BidResponse(BidStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    BidStatus leadsTo() {
        return leadsTo;
    }

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
