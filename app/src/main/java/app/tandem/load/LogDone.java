package app.tandem.load;

import app.tandem.kernel.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One occurrence to log: who did it ({@code null}: the partner logging it) and when
 * ({@code null}: now). Back-dating reaches a year back; the future is not loggable, a few
 * minutes' clock skew aside.
 */
public record LogDone(Owner doneBy, Instant doneAt) {

    public static final LogDone NOW_BY_ME = new LogDone(null, null);
    public static final Duration BACKDATE_LIMIT = Duration.ofDays(366);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Why {@code when} cannot be logged at {@code now}, if it cannot. */
    public static Optional<Phrase> outOfRange(Instant when, Instant now) {
        if (when.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of(Phrase.of("load.error.done-at.future"));
        }
        if (when.isBefore(now.minus(BACKDATE_LIMIT))) {
            return Optional.of(Phrase.of("load.error.done-at.past"));
        }
        return Optional.empty();
    }
}
