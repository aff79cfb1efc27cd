package app.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalTimesInGermanTest {

    @Test
    void aGermanReaderSeesGermanDatesAndNamesTheZoneTheGermanWay() {
        Instant dinner = Instant.parse("2026-12-01T19:00:00Z");
        LocalTimes berlin = new LocalTimes(ZoneId.of("Europe/Berlin"), Locale.GERMAN);
        LocalTimes newYork = new LocalTimes(ZoneId.of("America/New_York"), Locale.GERMAN);

        assertThat(berlin.moment(dinner)).isEqualTo("Di., 1. Dez. 2026, 20:00");
        assertThat(berlin.day(dinner)).isEqualTo("Di., 1. Dez. 2026");
        assertThat(newYork.momentInZone(dinner)).isEqualTo("Di., 1. Dez. 2026, 14:00 Ortszeit New York");
        assertThat(berlin.clockInZone(dinner)).isEqualTo("20:00 Ortszeit Berlin");
        assertThat(berlin.in(Locale.ENGLISH).momentInZone(dinner)).isEqualTo("Tue 1 Dec 2026, 20:00 Berlin time");
    }
}
