package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.practice.ScheduleStateOfUs;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A state of us to plan, as submitted: {@code at} empty for now, an instant with its offset
 * ("2026-12-06T18:00:00Z") or the form's local date and time, read in the planning partner's zone.
 */
public record ScheduleDraft(String at) {

    public ScheduleDraft {
        at = at == null ? "" : at.strip();
    }

    ScheduleStateOfUs toCommand(LocalTimes times) {
        FieldErrors errors = new FieldErrors();
        Instant when = null;
        if (!at.isEmpty()) {
            try {
                Optional<Instant> read = read(times);
                when = read.orElse(null);
                if (read.isEmpty()) {
                    errors.add("at", times.gapMessage(LocalDateTime.parse(at)));
                }
            } catch (DateTimeParseException e) {
                errors.add("at", Phrase.of("practice.error.at"));
            }
        }
        Instant planned = when;
        return errors.orThrow(() -> new ScheduleStateOfUs(planned));
    }

    private Optional<Instant> read(LocalTimes times) {
        if (at.endsWith("Z") || at.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return Optional.of(OffsetDateTime.parse(at).toInstant());
        }
        return times.instantOf(LocalDateTime.parse(at));
    }
}
