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

    /**
     * The moment this when has passed, for prompts that come due, in the partner's zone: a time is
     * itself; "today" is this evening at 21:00 (or an hour on, when later already); "this week"
     * is Sunday at 18:00. Empty when unsaid.
     */
    public java.util.Optional<Instant> passesAt(Instant said, java.time.ZoneId zone) {
        if (at != null) {
            return java.util.Optional.of(at);
        }
        if (period == null) {
            return java.util.Optional.empty();
        }
        java.time.ZonedDateTime local = said.atZone(zone);
        java.time.ZonedDateTime passes = period == Period.TODAY
                ? local.with(java.time.LocalTime.of(21, 0))
                : local.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY))
                        .with(java.time.LocalTime.of(18, 0));
        return java.util.Optional.of(passes.isAfter(local) ? passes.toInstant() : said.plus(java.time.Duration.ofHours(1)));
    }

    /** "today", "this week", "Tue 1 Dec 2026, 19:00 Berlin time", or "" when unsaid. */
    public String words(LocalTimes times) {
        if (at != null) {
            return times.momentInZone(at);
        }
        return period == null ? "" : period.words();
    }

    /**
     * The words anchored to the day they were said, so a "today" read a week later still names
     * its day: "today (Tue 1 Dec 2026)" on that day, "Tue 1 Dec 2026" after it; "this week (to
     * Sun 6 Dec 2026)" within it, "the week of Mon 30 Nov 2026" after it. {@code now} and the days
     * are the reader's.
     */
    public String words(LocalTimes times, Instant said, Instant now) {
        Anchored anchored = anchored(times, said, now);
        if (anchored == null) {
            return words(times);
        }
        String day = times.day(anchored.day());
        return switch (anchored.kind()) {
            case TODAY -> "today (" + day + ")";
            case THAT_DAY -> day;
            case THIS_WEEK -> "this week (to " + day + ")";
            case WEEK_OF -> "the week of " + day;
        };
    }

    /** How a period reads once anchored to its day: the kind of phrase and the day it names. */
    public record Anchored(AnchoredKind kind, java.time.LocalDate day) {}

    /** today (its day), that day, this week (to its Sunday), the week of (its Monday). */
    public enum AnchoredKind { TODAY, THAT_DAY, THIS_WEEK, WEEK_OF }

    /**
     * The period anchored to the day it was said, in the reader's days; null for a moment or when
     * nothing was said. The page says it in the reader's language from this.
     */
    public Anchored anchored(LocalTimes times, Instant said, Instant now) {
        if (period == null || said == null) {
            return null;
        }
        java.time.LocalDate day = times.today(said);
        java.time.LocalDate today = times.today(now);
        if (period == Period.TODAY) {
            return new Anchored(day.equals(today) ? AnchoredKind.TODAY : AnchoredKind.THAT_DAY, day);
        }
        java.time.LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.time.LocalDate sunday = monday.plusDays(6);
        return today.isAfter(sunday) ? new Anchored(AnchoredKind.WEEK_OF, monday)
                : new Anchored(AnchoredKind.THIS_WEEK, sunday);
    }
}
