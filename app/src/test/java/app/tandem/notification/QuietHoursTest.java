package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quiet hours in the partner's own zone: wrapping midnight, across DST changes, delayed never dropped. */
class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void lateEveningWaitsUntilTomorrowMorning() {
        // 23:30 in Berlin on 1 December (UTC+1) is 22:30Z; 07:00 on the 2nd is 06:00Z.
        assertThat(NIGHT.release(Instant.parse("2026-12-01T22:30:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    void theSmallHoursWaitUntilThisMorning() {
        assertThat(NIGHT.release(Instant.parse("2026-12-02T02:15:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    void outsideQuietHoursNothingWaits() {
        Instant noon = Instant.parse("2026-12-02T11:00:00Z");
        assertThat(NIGHT.release(noon, BERLIN)).isEqualTo(noon);
        assertThat(NIGHT.release(Instant.parse("2026-12-02T06:00:00Z"), BERLIN)).as("07:00 sharp is awake")
                .isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(QuietHours.NONE.release(noon, BERLIN)).isEqualTo(noon);
    }

    @Test
    void theSameLocalHoursHoldInAnotherZone() {
        // 23:30 in New York (UTC-5) is 04:30Z; 07:00 there is 12:00Z.
        assertThat(NIGHT.release(Instant.parse("2026-12-02T04:30:00Z"), ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
    }

    @Test
    void acrossTheSpringChangeTheMorningComesAnHourSoonerInUtc() {
        // The night of 28–29 March 2026 Berlin moves from UTC+1 to UTC+2 at 02:00.
        assertThat(NIGHT.release(Instant.parse("2026-03-28T22:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    }

    @Test
    void anEndInsideTheSpringGapMovesLaterByTheGapNeverEarlier() {
        QuietHours untilHalfPastTwo = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
        // 02:30 does not exist on 29 March in Berlin: it becomes 03:30 CEST, 01:30Z.
        assertThat(untilHalfPastTwo.release(Instant.parse("2026-03-28T23:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void acrossTheAutumnChangeTheMorningComesAnHourLaterInUtc() {
        // 25 October 2026 Berlin moves back from UTC+2 to UTC+1 at 03:00; 07:00 is then 06:00Z.
        assertThat(NIGHT.release(Instant.parse("2026-10-24T21:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
    }

    @Test
    void hoursWithinOneDayDoNotWrap() {
        QuietHours work = new QuietHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(work.release(Instant.parse("2026-12-02T10:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(work.release(Instant.parse("2026-12-02T17:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
    }
}
