package app.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private static final LocalTimes BERLIN = new LocalTimes(ZoneId.of("Europe/Berlin"));
    private static final LocalTimes NEW_YORK = new LocalTimes(ZoneId.of("America/New_York"));

    @Test
    void twoPartnersInDifferentZonesSeeTheSameInstantInTheirOwnTimes() {
        Instant dinner = Instant.parse("2026-12-01T19:00:00Z");

        assertThat(BERLIN.momentInZone(dinner)).isEqualTo("Tue 1 Dec 2026, 20:00 Berlin time");
        assertThat(NEW_YORK.momentInZone(dinner)).isEqualTo("Tue 1 Dec 2026, 14:00 New York time");
        assertThat(LocalTimes.UTC.momentInZone(dinner)).isEqualTo("Tue 1 Dec 2026, 19:00 UTC");
    }

    @Test
    void oneDateStyleForDaysAndMoments() {
        Instant late = Instant.parse("2026-11-30T23:30:00Z");

        assertThat(BERLIN.day(late)).as("already Tuesday in Berlin").isEqualTo("Tue 1 Dec 2026");
        assertThat(NEW_YORK.day(late)).isEqualTo("Mon 30 Nov 2026");
        assertThat(BERLIN.day(LocalDate.of(2026, 12, 1))).isEqualTo("Tue 1 Dec 2026");
    }

    @Test
    void aTimeTheClocksSkipOnTheSpringForwardDayIsRefusedWithTheReason() {
        LocalDateTime skipped = LocalDateTime.parse("2026-03-29T02:30");

        assertThat(BERLIN.instantOf(skipped)).isEmpty();
        assertThat(BERLIN.gapMessage(skipped).say()).isEqualTo("On Sun 29 Mar 2026 the clocks in Europe/Berlin skip "
                + "from 02:00 to 03:00: 02:30 does not happen there. Choose another time.");
        assertThat(NEW_YORK.instantOf(skipped)).as("New York changed on 8 March").isPresent();
    }

    @Test
    void aTimeThatHappensTwiceInAutumnIsTheFirstOfTheTwo() {
        assertThat(BERLIN.instantOf(LocalDateTime.parse("2026-10-25T02:30")))
                .contains(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void theEveningOfTheSpringForwardDayIsReadInSummerTime() {
        assertThat(BERLIN.instantOf(LocalDateTime.parse("2026-03-29T20:00")))
                .contains(Instant.parse("2026-03-29T18:00:00Z"));
        assertThat(BERLIN.inputValue(Instant.parse("2026-03-29T18:00:00Z"))).isEqualTo("2026-03-29T20:00");
    }

    @Test
    void aBackDatedDayLandsOnThatDayInThePartnersZone() {
        LocalDate day = LocalDate.of(2026, 12, 1);

        assertThat(BERLIN.day(BERLIN.noonOf(day))).isEqualTo("Tue 1 Dec 2026");
        assertThat(NEW_YORK.day(NEW_YORK.noonOf(day))).isEqualTo("Tue 1 Dec 2026");
        assertThat(new LocalTimes(ZoneId.of("Pacific/Kiritimati")).today(Instant.parse("2026-12-01T11:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void theZoneIsNamedByItsCity() {
        assertThat(NEW_YORK.zoneWords()).isEqualTo("New York time");
        assertThat(NEW_YORK.zoneName()).isEqualTo("America/New_York");
        assertThat(LocalTimes.UTC.zoneWords()).isEqualTo("UTC");
    }
}
