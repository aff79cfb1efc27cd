package app.tandem.need;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.kernel.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** "Today" and "this week" keep their days: read later, or in another zone, they name them. */
class WhenWordsTest {

    private static final LocalTimes BERLIN = new LocalTimes(ZoneId.of("Europe/Berlin"));
    private static final LocalTimes NEW_YORK = new LocalTimes(ZoneId.of("America/New_York"));
    private static final Instant TUESDAY_EVENING = Instant.parse("2026-12-01T19:00:00Z"); // 20:00 Berlin, 14:00 New York

    @Test
    void todayOnItsOwnDayNamesTheDay() {
        assertThat(When.in(When.Period.TODAY).words(BERLIN, TUESDAY_EVENING, TUESDAY_EVENING.plusSeconds(3_600)))
                .isEqualTo("today (Tue 1 Dec 2026)");
    }

    @Test
    void todayReadTheNextDayIsThatDay() {
        assertThat(When.in(When.Period.TODAY).words(BERLIN, TUESDAY_EVENING, TUESDAY_EVENING.plusSeconds(86_400)))
                .isEqualTo("Tue 1 Dec 2026");
    }

    @Test
    void theDayIsTheReadersOwn() {
        Instant lateInBerlin = Instant.parse("2026-12-01T23:30:00Z"); // Wed 00:30 Berlin, Tue 18:30 New York
        assertThat(When.in(When.Period.TODAY).words(NEW_YORK, lateInBerlin, lateInBerlin)).isEqualTo("today (Tue 1 Dec 2026)");
        assertThat(When.in(When.Period.TODAY).words(BERLIN, lateInBerlin, lateInBerlin)).isEqualTo("today (Wed 2 Dec 2026)");
    }

    @Test
    void thisWeekRunsToItsSundayAndIsNamedByItsMondayAfter() {
        When week = When.in(When.Period.THIS_WEEK);
        assertThat(week.words(BERLIN, TUESDAY_EVENING, TUESDAY_EVENING)).isEqualTo("this week (to Sun 6 Dec 2026)");
        assertThat(week.words(BERLIN, TUESDAY_EVENING, Instant.parse("2026-12-06T22:00:00Z")))
                .as("Sunday 23:00 in Berlin is still that week").isEqualTo("this week (to Sun 6 Dec 2026)");
        assertThat(week.words(BERLIN, TUESDAY_EVENING, Instant.parse("2026-12-07T09:00:00Z")))
                .isEqualTo("the week of Mon 30 Nov 2026");
    }

    @Test
    void aMomentAndNothingSaidAreAsBefore() {
        assertThat(When.at(TUESDAY_EVENING).words(BERLIN, TUESDAY_EVENING, TUESDAY_EVENING))
                .isEqualTo("Tue 1 Dec 2026, 20:00 Berlin time");
        assertThat(When.UNSAID.words(BERLIN, TUESDAY_EVENING, TUESDAY_EVENING)).isEmpty();
    }
}
