package app.tandem.push;

import app.tandem.notification.Delivery;
import app.tandem.notification.Notification;
import app.tandem.notification.NotificationWords;
import app.tandem.web.Text;

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

    static PushMessage of(Delivery delivery, Text text) {
        Notification newest = delivery.newest();
        String body = delivery.includeText() ? words(delivery, text) : waiting(newest.actorName(), text);
        return new PushMessage(TITLE, body, newest.threadPath(), "tandem:" + newest.threadPath());
    }

    private static String waiting(String actorName, Text text) {
        String who = actorName == null || actorName.isBlank() ? text.t("notification.yourPartner") : actorName;
        return text.t("push.waiting", who);
    }

    private static String words(Delivery delivery, Text text) {
        int more = delivery.entries().size() - 1;
        Notification newest = delivery.newest();
        String words = NotificationWords.of(newest.kind(), newest.actorName(), text);
        return more == 0 ? words : text.t("push.andMore", words, more);
    }
}
