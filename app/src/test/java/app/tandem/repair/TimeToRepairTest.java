package app.tandem.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The way back is told in words, not on a stopwatch. */
class TimeToRepairTest {

    private static final Instant NAMED = Instant.parse("2026-11-20T18:00:00Z");

    @Test
    void shortRepairsAreWithinTheHourThenHoursRoundUpThenDays() {
        assertThat(words(Duration.ofMinutes(2))).isEqualTo("within the hour");
        assertThat(words(Duration.ofMinutes(59))).isEqualTo("within the hour");
        assertThat(words(Duration.ofMinutes(60))).isEqualTo("within an hour");
        assertThat(words(Duration.ofMinutes(61))).isEqualTo("within 2 hours");
        assertThat(words(Duration.ofMinutes(125))).isEqualTo("within 3 hours");
        assertThat(words(Duration.ofHours(30))).isEqualTo("after a day");
        assertThat(words(Duration.ofDays(3).plusHours(5))).isEqualTo("after 3 days");
    }

    @Test
    void anOpenHurtHasNoTimeToRepair() {
        assertThat(hurt(null).timeToRepairInWords()).isEmpty();
    }

    private static String words(Duration took) {
        return hurt(NAMED.plus(took)).timeToRepairInWords().orElseThrow().say();
    }

    private static Hurt hurt(Instant repairedAt) {
        return new Hurt(1, 2, "Robin", SubjectKind.NONE, null, "You were on your phone.", "Alone.", null, List.of(),
                repairedAt == null ? HurtStatus.OPEN : HurtStatus.REPAIRED, NAMED, repairedAt, List.of());
    }
}
