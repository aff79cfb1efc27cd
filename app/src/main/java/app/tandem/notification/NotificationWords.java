package app.tandem.notification;

import app.tandem.web.Text;
import java.util.Locale;

/**
 * What happened, in the reader's language: catalogue key {@code notification.kind.<kind>}, with
 * the other partner's name as {0} ("your partner" when it is unknown). The inbox (its page and
 * the API's {@code words}), e-mails and pushes all say it this way.
 */
public final class NotificationWords {

    private NotificationWords() {}

    public static String of(NotificationKind kind, String actorName, Text text) {
        String actor = actorName == null || actorName.isBlank() ? text.t("notification.yourPartner") : actorName;
        return text.t("notification.kind." + kind.name().toLowerCase(Locale.ROOT), actor);
    }
}
