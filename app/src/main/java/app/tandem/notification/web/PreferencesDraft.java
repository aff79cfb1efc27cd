package app.tandem.notification.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.notification.ChangePreferences;
import app.tandem.notification.QuietHours;
import app.tandem.notification.Reach;
import app.tandem.notification.Topic;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Preferences as submitted by the page's form and by JSON alike: one reach per topic
 * ("in_app", "email", "push", "email_and_push", "daily_digest"), quiet hours as "HH:MM" (both
 * empty: none) and whether e-mails may say what happened. A field left out keeps its value.
 */
public record PreferencesDraft(String needs, String bids, String repairs, String agreement, String pauses,
        String prompts, String quietFrom, String quietUntil, String includeText, String practice, String plans,
        String signals) {

    ChangePreferences toCommand() {
        FieldErrors errors = new FieldErrors();
        Map<Topic, Reach> reach = new EnumMap<>(Topic.class);
        reach(errors, reach, Topic.NEEDS, needs);
        reach(errors, reach, Topic.BIDS, bids);
        reach(errors, reach, Topic.REPAIRS, repairs);
        reach(errors, reach, Topic.AGREEMENT, agreement);
        reach(errors, reach, Topic.PAUSES, pauses);
        reach(errors, reach, Topic.PROMPTS, prompts);
        reach(errors, reach, Topic.PRACTICE, practice);
        reach(errors, reach, Topic.PLANS, plans);
        reach(errors, reach, Topic.SIGNALS, signals);
        QuietHours quiet = quiet(errors);
        Boolean include = includeText == null ? null : switch (includeText.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no", "" -> false;
            default -> {
                errors.add("includeText", Phrase.of("notification.error.include-text"));
                yield null;
            }
        };
        return errors.orThrow(() -> new ChangePreferences(reach, quiet, include));
    }

    private static void reach(FieldErrors errors, Map<Topic, Reach> into, Topic topic, String value) {
        if (value == null) {
            return;
        }
        Reach reach = Reach.parse(value);
        if (reach == null) {
            errors.add(topic.wireName(), Phrase.of("notification.error.choose-one-in-the"));
        } else {
            into.put(topic, reach);
        }
    }

    /** Null when neither was given; NONE when both are empty. */
    private QuietHours quiet(FieldErrors errors) {
        if (quietFrom == null && quietUntil == null) {
            return null;
        }
        LocalTime from = time(errors, "quietFrom", quietFrom);
        LocalTime until = time(errors, "quietUntil", quietUntil);
        if (from == null && until == null) {
            return QuietHours.NONE;
        }
        if (from == null && !errors.has("quietFrom")) {
            errors.add("quietFrom", Phrase.of("notification.error.quiet-from"));
        }
        if (until == null && !errors.has("quietUntil")) {
            errors.add("quietUntil", Phrase.of("notification.error.quiet-until"));
        }
        if (from != null && from.equals(until)) {
            errors.add("quietUntil", Phrase.of("notification.error.quiet-until.quiet-hours-end"));
        }
        return new QuietHours(from, until);
    }

    private static LocalTime time(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        try {
            if (typed.length() > 8) {
                throw new DateTimeParseException("too long", typed, 0);
            }
            return LocalTime.parse(typed.length() == 4 ? "0" + typed : typed).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            errors.add(field, Phrase.of("notification.error.give-a-time-as"));
            return null;
        }
    }
}
