package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.practice.PracticeChoice;

/**
 * The practices chosen, as submitted: {@code smallAsksWeekly} empty for none, or a number a
 * week; {@code lifeOfMyOwn} a checkbox ("on"/"true") or nothing.
 */
public record ChoiceDraft(String smallAsksWeekly, String lifeOfMyOwn) {

    public ChoiceDraft {
        smallAsksWeekly = smallAsksWeekly == null ? "" : smallAsksWeekly.strip();
        lifeOfMyOwn = lifeOfMyOwn == null ? "" : lifeOfMyOwn.strip();
    }

    PracticeChoice toCommand() {
        FieldErrors errors = new FieldErrors();
        Integer weekly = null;
        if (!smallAsksWeekly.isEmpty()) {
            weekly = smallAsksWeekly.matches("[0-9]{1,2}") ? Integer.valueOf(smallAsksWeekly) : null;
            if (weekly == null || weekly < 1 || weekly > PracticeChoice.MAX_SMALL_ASKS) {
                errors.add("smallAsksWeekly", Phrase.of("practice.error.small-asks-weekly", PracticeChoice.MAX_SMALL_ASKS));
            }
        }
        Boolean own = switch (lifeOfMyOwn.toLowerCase(java.util.Locale.ROOT)) {
            case "", "false", "off" -> false;
            case "on", "true" -> true;
            default -> null;
        };
        if (own == null) {
            errors.add("lifeOfMyOwn", Phrase.of("practice.error.life-of-my-own"));
        }
        Integer chosen = weekly;
        return errors.orThrow(() -> new PracticeChoice(chosen, own));
    }
}
