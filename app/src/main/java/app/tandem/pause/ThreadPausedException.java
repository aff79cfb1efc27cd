package app.tandem.pause;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A message sent into a paused thread: 409, saying when the pause ends. In minutes from now,
 * not a clock time: the words then hold in either partner's zone; the exact instant travels as
 * {@code pausedUntil}.
 */
public class ThreadPausedException extends ConflictException {

    ThreadPausedException(Pause pause, Instant now) {
        super(Phrase.of("pause.conflict.paused", minutesLeft(pause, now)),
                Map.of("pausedUntil", pause.returnsAt().toString()));
    }

    private static long minutesLeft(Pause pause, Instant now) {
        return Math.max(1, (Duration.between(now, pause.returnsAt()).getSeconds() + 59) / 60);
    }
}
