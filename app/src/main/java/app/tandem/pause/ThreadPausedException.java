package app.tandem.pause;

import app.tandem.kernel.ConflictException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** A message sent into a paused thread: 409, saying when the pause ends. */
public class ThreadPausedException extends ConflictException {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'");

    ThreadPausedException(Pause pause) {
        super("This conversation is paused until " + CLOCK.format(pause.returnsAt().atOffset(ZoneOffset.UTC))
                + ". Take the time to calm down; you are both invited back then.",
                Map.of("pausedUntil", pause.returnsAt().toString()));
    }
}
