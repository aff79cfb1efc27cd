package app.tandem.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The balance's arithmetic, without a database or a clock. */
class BalanceMathTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static LoadItem item(long id, String title, Owner noticing, Owner planning, Owner doing) {
        return new LoadItem(id, null, title, Area.HOME, Cadence.WEEKLY, null, 60, noticing, planning, doing, "");
    }

    @Test
    void weeksWithNothingLoggedAreFilledInAndTheWeekStartsOnMondayInUtc() {
        Carried some = new Carried(0, 0, 60, 0);
        List<WeekLoad> weeks = BalanceMath.weeks(MONDAY.minusWeeks(2), 3, List.of(new WeekLoad(MONDAY.minusWeeks(1), some)));

        assertThat(weeks).extracting(WeekLoad::carried).containsExactly(Carried.NONE, some, Carried.NONE);
        assertThat(BalanceMath.mondayOf(Instant.parse("2026-12-06T23:59:00Z"))).isEqualTo(MONDAY);
        assertThat(BalanceMath.end(MONDAY)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void aWeekFollowsThePartnersZoneAndTheWeekOfTheClockChangeIsAnHourShorter() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant justAfterMidnightMondayInBerlin = Instant.parse("2026-03-29T22:30:00Z");
        LocalDate springForwardWeek = LocalDate.of(2026, 3, 23);

        assertThat(BalanceMath.mondayOf(justAfterMidnightMondayInBerlin, berlin)).isEqualTo(springForwardWeek.plusWeeks(1));
        assertThat(BalanceMath.mondayOf(justAfterMidnightMondayInBerlin)).as("in UTC still Sunday").isEqualTo(springForwardWeek);
        assertThat(Duration.between(BalanceMath.start(springForwardWeek, berlin), BalanceMath.end(springForwardWeek, berlin)))
                .isEqualTo(Duration.ofHours(7 * 24 - 1));
        assertThat(Duration.between(BalanceMath.start(LocalDate.of(2026, 10, 19), berlin),
                BalanceMath.end(LocalDate.of(2026, 10, 19), berlin))).as("autumn: an hour longer")
                .isEqualTo(Duration.ofHours(7 * 24 + 1));
    }

    @Test
    void tiltsAreMeasuredAgainstTheAgreedSplitLargestFirstAndUnderAMinuteIsNoise() {
        List<ItemLoad> loads = List.of(new ItemLoad(1, "Cook dinner", new Carried(0, 0, 3600, 0)),
                new ItemLoad(2, "Bins", new Carried(0, 0, 0, 600)),
                new ItemLoad(3, "Even", new Carried(0, 0, 300, 300)));

        List<Balance.Tilt> tilts = BalanceMath.tilts(loads, FairShare.EVEN);

        assertThat(tilts).extracting(Balance.Tilt::title).containsExactly("Cook dinner", "Bins");
        assertThat(tilts.get(0).towards()).isEqualTo(Owner.A);
        assertThat(tilts.get(0).seconds()).isEqualTo(1800);
        assertThat(tilts.get(1).towards()).isEqualTo(Owner.B);
    }

    @Test
    void theSuggestedHandOverSkipsItemsAlreadyBeingHandedOverAndPrefersPhasesOwnedAlone() {
        List<WeekLoad> complete = List.of(new WeekLoad(MONDAY.minusWeeks(3), new Carried(0, 0, 80, 20)),
                new WeekLoad(MONDAY.minusWeeks(2), new Carried(0, 0, 80, 20)),
                new WeekLoad(MONDAY.minusWeeks(1), new Carried(0, 0, 80, 20)));
        List<Balance.Tilt> tilts = List.of(new Balance.Tilt(1, "Laundry", Owner.A, 900, Carried.NONE),
                new Balance.Tilt(2, "Cook dinner", Owner.A, 600, Carried.NONE));
        List<LoadItem> items = List.of(item(1, "Laundry", Owner.A, Owner.A, Owner.A),
                item(2, "Cook dinner", Owner.SHARED, Owner.A, Owner.B));

        GoingItAlone alert = BalanceMath.goingItAlone(Owner.A, complete, FairShare.EVEN, tilts, items, Set.of(1L));

        assertThat(alert.averagePercent()).isEqualTo(80);
        assertThat(alert.heaviestItems()).containsExactly("Laundry", "Cook dinner");
        assertThat(alert.handOver()).get().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Cook dinner");
            assertThat(s.phases()).containsExactly(Phase.PLANNING);
        });
        assertThat(BalanceMath.suggestion(item(3, "Shared", Owner.SHARED, Owner.B, Owner.SHARED), Owner.A)).get()
                .satisfies(s -> assertThat(s.phases()).containsExactly(Phase.NOTICING, Phase.DOING));
    }
}
