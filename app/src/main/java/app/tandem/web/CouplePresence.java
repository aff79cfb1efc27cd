package app.tandem.web;

/**
 * Whether a partner is in a couple now, for the navigation: the couple's own pages lead
 * nowhere before there is one. The couple module answers it; the web layer only asks.
 */
public interface CouplePresence {

    boolean inCouple(long partnerId);
}
