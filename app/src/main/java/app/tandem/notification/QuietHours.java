package app.tandem.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Local hours, in the partner's own time zone, during which nothing reaches them outside the
 * app: what falls inside is delayed to the end, never dropped. {@code from} after {@code until}
 * wraps midnight (22:00–07:00).
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public static final QuietHours NONE = new QuietHours(null, null);

    public boolean none() {
        return from == null || until == null || from.equals(until);
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    public Instant release(Instant at, ZoneId zone) {
        if (none()) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean wraps = from.isAfter(until);
        if (!wraps) {
            return inside(time, from, until) ? end(day, zone, at) : at;
        }
        if (!time.isBefore(from)) {          // late evening: quiet until tomorrow's end
            return end(day.plusDays(1), zone, at);
        }
        return time.isBefore(until) ? end(day, zone, at) : at; // small hours: until today's end
    }

    private static boolean inside(LocalTime time, LocalTime from, LocalTime until) {
        return !time.isBefore(from) && time.isBefore(until);
    }

    /** The end on that local day; a DST gap moves it later by the gap, and never before {@code at}. */
    private Instant end(LocalDate day, ZoneId zone, Instant at) {
        Instant end = ZonedDateTime.of(day, until, zone).toInstant();
        return end.isBefore(at) ? at : end;
    }

    /** "22:00–07:00", or "" for none. */
    public String words() {
        return none() ? "" : from + "–" + until;
    }
}
