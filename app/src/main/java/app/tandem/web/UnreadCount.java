package app.tandem.web;

/**
 * How many notifications wait unread for a partner, for the navigation of every page. The
 * notification module answers it; the web layer only asks, so it depends on no feature.
 */
public interface UnreadCount {

    int of(long partnerId);
}
