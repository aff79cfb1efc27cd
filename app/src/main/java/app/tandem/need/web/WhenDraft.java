package app.tandem.need.web;

import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.need.When;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A "when" as submitted. {@code period} is "today", "this_week", "at" (then {@code at} counts)
 * or empty; {@code at} is a local date-time, read in the partner's own zone (a form's field), or an
 * ISO date-time with its offset (an API client's choice).
 * The page posts {@code when.period} and {@code when.at}; JSON sends {@code "when": {"period", "at"}}.
 */
public record WhenDraft(String period, String at) {

    public static final WhenDraft UNSAID = new WhenDraft("", "");

    public WhenDraft {
        period = period == null ? "" : period.strip();
        at = at == null ? "" : at.strip();
    }

    static WhenDraft of(When when, LocalTimes times) {
        if (when == null || !when.said()) {
            return UNSAID;
        }
        return when.period() != null ? new WhenDraft(when.period().wireName(), "")
                : new WhenDraft("at", times.inputValue(when.at()));
    }

    /** Whether the form's radio for {@code choice} ("" for none) is the one chosen. */
    public boolean is(String choice) {
        return period.equals(choice) || choice.isEmpty() && period.equals("none");
    }

    /** The when, or an {@link InvalidInputException} for {@code field}. */
    When toWhen(String field, LocalTimes times) {
        if (period.isEmpty() || period.equalsIgnoreCase("none")) {
            return at.isEmpty() ? When.UNSAID : When.at(instant(field, times));
        }
        if (period.equalsIgnoreCase("at")) {
            if (at.isEmpty()) {
                throw new InvalidInputException(field, Phrase.of("need.error.choose-a-date-and"));
            }
            return When.at(instant(field, times));
        }
        When.Period parsed = When.Period.parse(period);
        if (parsed == null) {
            throw new InvalidInputException(field, Phrase.of("need.error.when-is-today-this"));
        }
        return When.in(parsed);
    }

    private Instant instant(String field, LocalTimes times) {
        try {
            if (at.endsWith("Z") || at.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(at).toInstant();
            }
            LocalDateTime local = LocalDateTime.parse(at);
            return times.instantOf(local)
                    .orElseThrow(() -> new InvalidInputException(field, times.gapMessage(local)));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Phrase.of("need.error.that-date-and-time"));
        }
    }
}
