package app.tandem.kernel;

import java.time.Duration;
import java.time.Instant;

/** Too many failed attempts: the partner may try again after {@code retryAt}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Instant retryAt;
    private final Duration retryAfter;

    public TooManyAttemptsException(Instant retryAt, Duration retryAfter) {
        super("Too many failed attempts");
        this.retryAt = retryAt;
        this.retryAfter = retryAfter;
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** Whole seconds, at least one, as the Retry-After header wants. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
