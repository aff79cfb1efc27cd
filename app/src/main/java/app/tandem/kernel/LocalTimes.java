package app.tandem.kernel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Times as one partner lives them: every instant shown, and every local date-time typed, in
 * their zone and their language. The one place that formats a time for people, so that every
 * page reads the same ("Tue 1 Dec 2026, 20:00 Berlin time"; in German "Di., 1. Dez. 2026, 20:00
 * Ortszeit Berlin"). English and German have their patterns here; another language gets the
 * JDK's medium date of its locale until it is given its own line in {@link Style#of}.
 */
public record LocalTimes(ZoneId zone, Locale locale) {

    public static final LocalTimes UTC = new LocalTimes(ZoneOffset.UTC);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    /** A language's way with dates and with naming a zone ("{0} time", "Ortszeit {0}"). */
    private record Style(DateTimeFormatter day, DateTimeFormatter moment, String zoneWords) {

        private static final Style ENGLISH = new Style(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH), "%s time");
        private static final Style GERMAN = new Style(DateTimeFormatter.ofPattern("EEE, d. MMM yyyy", Locale.GERMAN),
                DateTimeFormatter.ofPattern("EEE, d. MMM yyyy, HH:mm", Locale.GERMAN), "Ortszeit %s");

        static Style of(Locale locale) {
            return switch (locale.getLanguage()) {
                case "de" -> GERMAN;
                // the right-to-left pseudo-locale (ar-XB) reads English, laid out right to left
                case "en", "", "ar" -> ENGLISH;
                default -> new Style(DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale), DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale), "%s");
            };
        }
    }

    public LocalTimes {
        zone = zone == null ? ZoneOffset.UTC : zone;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public LocalTimes(ZoneId zone) {
        this(zone, Locale.ENGLISH);
    }

    /** The same zone, read and written in another language. */
    public LocalTimes in(Locale other) {
        return new LocalTimes(zone, other);
    }

    private Style style() {
        return Style.of(locale);
    }

    /** "Tue 1 Dec 2026". */
    public String day(Instant at) {
        return style().day().format(at.atZone(zone));
    }

    public String day(LocalDate date) {
        return style().day().format(date);
    }

    /** "Tue 1 Dec 2026, 20:00". */
    public String moment(Instant at) {
        String date = style().moment().format(at.atZone(zone));
        return style() == Style.ENGLISH || style() == Style.GERMAN ? date : date + ", " + CLOCK.format(at.atZone(zone));
    }

    /** "Tue 1 Dec 2026, 20:00 Berlin time": where the partners may live in different zones. */
    public String momentInZone(Instant at) {
        return moment(at) + " " + zoneWords();
    }

    /** "20:00 Berlin time". */
    public String clockInZone(Instant at) {
        return CLOCK.format(at.atZone(zone)) + " " + zoneWords();
    }

    /** "Berlin time", "New York time", or "UTC"; "Ortszeit Berlin" in German. */
    public String zoneWords() {
        String id = zone.getId();
        if (id.equals("Z") || id.equals("UTC") || id.equals("Etc/UTC") || !id.contains("/")) {
            return id.equals("Z") ? "UTC" : id;
        }
        return String.format(style().zoneWords(), id.substring(id.lastIndexOf('/') + 1).replace('_', ' '));
    }

    /** The zone's name as a partner chooses it: "Europe/Berlin". */
    public String zoneName() {
        return zone.getId().equals("Z") ? "UTC" : zone.getId();
    }

    /** What a {@code datetime-local} field shows for the instant: "2026-12-01T20:00". */
    public String inputValue(Instant at) {
        return INPUT.format(at.atZone(zone));
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** Noon of the day, in the zone: a back-dated entry that lands on its own day whatever the offset. */
    public Instant noonOf(LocalDate date) {
        return date.atTime(12, 0).atZone(zone).toInstant();
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /**
     * The instant a local date-time names in the zone, or empty when the clocks skip it (the
     * spring-forward gap): guessing would put a need an hour off without the partner knowing.
     * In the autumn overlap the earlier of the two is taken, as {@link ZonedDateTime#ofLocal} does.
     */
    public Optional<Instant> instantOf(LocalDateTime local) {
        try {
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            return zoned.toLocalDateTime().equals(local) ? Optional.of(zoned.toInstant()) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Why a local time cannot be read in the zone: it falls in the hour the clocks skip. */
    public Phrase gapMessage(LocalDateTime local) {
        var gap = zone.getRules().getTransition(local);
        String day = style().day().format(local);
        return gap == null
                ? Phrase.of("kernel.time.skipped", day, zoneName(), CLOCK.format(local))
                : Phrase.of("kernel.time.gap", day, zoneName(), CLOCK.format(gap.getDateTimeBefore()),
                        CLOCK.format(gap.getDateTimeAfter()), CLOCK.format(local));
    }
}
