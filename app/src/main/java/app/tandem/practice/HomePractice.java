package app.tandem.practice;

import app.tandem.couple.CoupleService;
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
    private final CoupleService couples;
    private final Clock clock;

    HomePractice(PracticeRepository practice, CoupleService couples, Clock clock) {
        this.practice = practice;
        this.couples = couples;
        this.clock = clock;
    }

    public PracticeCard of(long partnerId, LocalTimes times) {
        Instant now = clock.instant();
        long coupleId = couples.coupleOf(partnerId).map(c -> c.id()).orElse(0L);
        return practice.card(partnerId, coupleId, PracticeService.weekStart(times, now),
                now.minus(CheckInService.INVITE_AFTER), now.minus(Duration.ofDays(1)));
    }
}
