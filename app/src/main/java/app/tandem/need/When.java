package app.tandem.need;

import java.time.Instant;
import app.tandem.kernel.LocalTimes;
import java.util.Locale;

/**
 * When something should happen: a moment, or a period ("today", "this week"), or nothing
 * said. A moment is shown in the zone of whoever reads it, with the zone named: the partners may
 * live in different ones.
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

    public static When at(Instant at) {
        return new When(at, null);
    }

    public static When in(Period period) {
        return new When(null, period);
    }

    public boolean said() {
        return at != null || period != null;
    }

    /** "today", "this week", "Tue 1 Dec 2026, 19:00 Berlin time", or "" when unsaid. */
    public String words(LocalTimes times) {
        if (at != null) {
            return times.momentInZone(at);
        }
        return period == null ? "" : period.words();
    }
}
