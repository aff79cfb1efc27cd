package app.tandem.need.web;

import app.tandem.kernel.InvalidInputException;
import app.tandem.need.When;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A "when" as submitted. {@code period} is "today", "this_week", "at" (then {@code at} counts)
 * or empty; {@code at} is a form's local date-time, read as UTC, or an API client's ISO instant.
 * The page posts {@code when.period} and {@code when.at}; JSON sends {@code "when": {"period", "at"}}.
 */
public record WhenDraft(String period, String at) {

    public static final WhenDraft UNSAID = new WhenDraft("", "");

    public WhenDraft {
        period = period == null ? "" : period.strip();
        at = at == null ? "" : at.strip();
    }

    static WhenDraft of(When when) {
        if (when == null || !when.said()) {
            return UNSAID;
        }
        return when.period() != null ? new WhenDraft(when.period().wireName(), "")
                : new WhenDraft("at", when.at().atOffset(ZoneOffset.UTC).toLocalDateTime().toString());
    }

    /** Whether the form's radio for {@code choice} ("" for none) is the one chosen. */
    public boolean is(String choice) {
        return period.equals(choice) || choice.isEmpty() && period.equals("none");
    }

    /** The when, or an {@link InvalidInputException} for {@code field}. */
    When toWhen(String field) {
        if (period.isEmpty() || period.equalsIgnoreCase("none")) {
            return at.isEmpty() ? When.UNSAID : When.at(instant(field));
        }
        if (period.equalsIgnoreCase("at")) {
            if (at.isEmpty()) {
                throw new InvalidInputException(field, "Choose a date and time, or another option.");
            }
            return When.at(instant(field));
        }
        When.Period parsed = When.Period.parse(period);
        if (parsed == null) {
            throw new InvalidInputException(field, "When is “today”, “this week”, or a date and time.");
        }
        return When.in(parsed);
    }

    private Instant instant(String field) {
        try {
            if (at.endsWith("Z") || at.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(at).toInstant();
            }
            return LocalDateTime.parse(at).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "That date and time is not one we can read (e.g. 2026-12-01T19:00).");
        }
    }
}
