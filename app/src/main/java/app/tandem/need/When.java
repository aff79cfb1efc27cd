package app.tandem.need;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When something should happen: a moment, or a period ("today", "this week"), or nothing
 * said. Times are shown in UTC until partners have a time zone of their own.
 */
public record When(Instant at, Period period) {

    public enum Period {
        TODAY("today"), THIS_WEEK("this week");

        private final String words;

        Period(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Period parse(String value) {
            for (Period p : values()) {
                if (p.name().equalsIgnoreCase(value.strip().replace(' ', '_').replace('-', '_'))) {
                    return p;
                }
            }
            return null;
        }
    }

    public static final When UNSAID = new When(null, null);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH);

    public static When at(Instant at) {
        return new When(at, null);
    }

    public static When in(Period period) {
        return new When(null, period);
    }

    public boolean said() {
        return at != null || period != null;
    }

    /** "today", "this week", "Tue 1 Dec, 19:00 UTC", or "" when unsaid. */
    public String words() {
        if (at != null) {
            return FORMAT.format(at.atOffset(ZoneOffset.UTC));
        }
        return period == null ? "" : period.words();
    }
}
