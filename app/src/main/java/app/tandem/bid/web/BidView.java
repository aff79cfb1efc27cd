package app.tandem.bid.web;

import app.tandem.bid.Bid;
import app.tandem.web.CoachNote;
import java.util.List;
import java.util.Map;

/** A bid's page: the bid, the response (or the form to give one), and the coach's notes on it. */
public record BidView(Bid bid, long me, String bidderName, String partnerName, String text,
        Map<String, String> errors, List<CoachNote> notes, String suggestion) {

    /** What changed while a stale tab was open, when its submission could not go through; null otherwise. */
    public String stale() {
        return errors.get(app.tandem.web.Forms.STALE);
    }

    public boolean canRespond() {
        return bid.canRespond(me);
    }

    public boolean open() {
        return bid.status().open();
    }

    /** The bidder, after a bid was turned away or against, may name what hurt. */
    public boolean mayNameAHurt() {
        return bid.mayHaveHurt(me);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public String responseWords() {
        return switch (bid.status()) {
            case OPEN -> "";
            case TURNED_TOWARD -> app.tandem.web.Text.current().t("bid.response.toward", partnerName);
            case TURNED_AWAY -> app.tandem.web.Text.current().t("bid.response.away", partnerName);
            case TURNED_AGAINST -> app.tandem.web.Text.current().t("bid.response.against", partnerName);
        };
    }
}
