package app.tandem.practice;

import java.time.Instant;
import java.util.List;

/** One check-in, its taker's alone: the answers and where they placed them on the spectrum. */
public record CheckIn(long id, long takerId, int version, List<Integer> answers, int position, Leaning leaning,
        Instant takenAt) {

    /** 0 (going it alone) to 100 (losing oneself), for a marker drawn on the spectrum. */
    public int percentAlong() {
        return (position + 100) / 2;
    }
}
