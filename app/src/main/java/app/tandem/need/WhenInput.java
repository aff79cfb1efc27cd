package app.tandem.need;

import app.tandem.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads a "when" from a form (a period or a local date-time, read as UTC) or from JSON (an ISO instant). */
final class WhenInput {

    private WhenInput() {}

    /** {@code period} is "today", "this_week", "at" (then {@code at} counts) or empty. */
    static When parse(String field, String period, String at) {
        String p = period == null ? "" : period.strip();
        String moment = at == null ? "" : at.strip();
        if (p.isEmpty() || p.equalsIgnoreCase("none")) {
            return moment.isEmpty() ? When.UNSAID : When.at(instant(field, moment));
        }
        if (p.equalsIgnoreCase("at")) {
            if (moment.isEmpty()) {
                throw new InvalidInputException(field, "Choose a date and time, or another option.");
            }
            return When.at(instant(field, moment));
        }
        When.Period parsed = When.Period.parse(p);
        if (parsed == null) {
            throw new InvalidInputException(field, "When is “today”, “this week”, or a date and time.");
        }
        return When.in(parsed);
    }

    private static Instant instant(String field, String moment) {
        try {
            if (moment.endsWith("Z") || moment.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(moment).toInstant();
            }
            return LocalDateTime.parse(moment).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "That date and time is not one we can read (e.g. 2026-12-01T19:00).");
        }
    }
}
