package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A time as typed: the form's local date and time, read in the partner's own zone, or an ISO
 * date-time with its offset (an API client's choice). A time the clocks skip is refused with why.
 */
final class TimeInput {

    private TimeInput() {}

    static Instant read(FieldErrors errors, String field, String value, LocalTimes times) {
        if (value.isEmpty()) {
            errors.add(field, Phrase.of("plan.error.choose-a-date-and"));
            return null;
        }
        try {
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            LocalDateTime local = LocalDateTime.parse(value);
            return times.instantOf(local).orElseGet(() -> {
                errors.add(field, times.gapMessage(local));
                return null;
            });
        } catch (DateTimeParseException e) {
            errors.add(field, Phrase.of("plan.error.that-date-and-time"));
            return null;
        }
    }
}
