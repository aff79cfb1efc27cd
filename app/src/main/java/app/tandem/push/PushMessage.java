package app.tandem.push;

import app.tandem.notification.Delivery;
import app.tandem.notification.Notification;

/**
 * What a push carries to the service worker, which shows it: a title, a line, the thread to open,
 * and a tag so that a newer push about the same thread replaces the older one on the device.
 *
 * <p>By default the line only says who is waiting, because a lock screen may be seen by others;
 * with the partner's opt-in ({@link Delivery#includeText()}) it says what happened, in the
 * entry's own words, which quote nothing the partners wrote.
 */
record PushMessage(String title, String body, String path, String tag) {

    static final String TITLE = "Tandem";

    static PushMessage of(Delivery delivery) {
        Notification newest = delivery.newest();
        String body = delivery.includeText() ? words(delivery) : waiting(newest.actorName());
        return new PushMessage(TITLE, body, newest.threadPath(), "tandem:" + newest.threadPath());
    }

    private static String waiting(String actorName) {
        String who = actorName == null || actorName.isBlank() ? "Your partner" : actorName;
        return who + " is waiting for you in Tandem";
    }

    private static String words(Delivery delivery) {
        int more = delivery.entries().size() - 1;
        String newest = delivery.newest().words();
        return more == 0 ? newest : newest + " (and " + more + " more)";
    }
}
