package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.practice.ScheduleStateOfUs;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A state of us to plan, as submitted: {@code at} empty for now, an instant ("2026-12-06T18:00:00Z")
 * or the form's local date and time, read as UTC until partners' time zones reach this page.
 */
public record ScheduleDraft(String at) {

    public ScheduleDraft {
        at = at == null ? "" : at.strip();
    }

    ScheduleStateOfUs toCommand() {
        FieldErrors errors = new FieldErrors();
        Instant when = at.isEmpty() ? null : parse(at);
        if (!at.isEmpty() && when == null) {
            errors.add("at", "The time is not a date and time; use the picker, or 2026-12-06T18:00.");
        }
        return errors.orThrow(() -> new ScheduleStateOfUs(when));
    }

    private static Instant parse(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
