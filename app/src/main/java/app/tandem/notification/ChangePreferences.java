package app.tandem.notification;

import java.util.Map;

/**
 * A change of preferences, checked: only what was given changes ({@code quiet} and
 * {@code includeText} null keep theirs; {@link QuietHours#NONE} ends quiet hours).
 */
public record ChangePreferences(Map<Topic, Reach> reach, QuietHours quiet, Boolean includeText) {

    public ChangePreferences {
        reach = Map.copyOf(reach);
    }
}
