package app.tandem.practice;

import app.tandem.kernel.LocalTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The practice card on home. Read on every visit rather than kept with home's cached cards:
 * invitations fall due with time, not with the couple's changes. So it is one statement of
 * indexed look-ups ({@link PracticeRepository#card}), none of which grows with the history.
 */
@Service
public class HomePractice {

    private final PracticeRepository practice;
    private final Clock clock;

    HomePractice(PracticeRepository practice, Clock clock) {
        this.practice = practice;
        this.clock = clock;
    }

    /** The partner's card; home has already read their couple, so it passes the couple's id. */
    public PracticeCard of(long partnerId, long coupleId, LocalTimes times) {
        Instant now = clock.instant();
        return practice.card(partnerId, coupleId, PracticeService.weekStart(times, now),
                now.minus(CheckInService.INVITE_AFTER), now.minus(Duration.ofDays(1)));
    }
}
