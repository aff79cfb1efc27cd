package app.tandem.load;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The balance's arithmetic, as pure functions of what was read: the weeks with gaps filled, the
 * items that tilt it, and the going-it-alone prompt. No database, no clock: a unit test feeds
 * them numbers.
 */
final class BalanceMath {

    /** A tilt under a minute is noise, not a pattern. */
    static final int MIN_TILT_SECONDS = 60;
    static final int MAX_TILTS = 5;

    private BalanceMath() {}

    /** The ISO week (Monday, UTC) {@code instant} falls in. */
    static LocalDate mondayOf(Instant instant) {
        return mondayOf(instant, ZoneOffset.UTC);
    }

    /**
     * The week (from Monday) {@code instant} falls in, as a partner in {@code zone} lives it: a
     * Sunday evening in New York is still Sunday there, though Monday in UTC.
     */
    static LocalDate mondayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Instant start(LocalDate monday) {
        return start(monday, ZoneOffset.UTC);
    }

    /** Midnight starting the Monday in the zone; a week with a clock change is an hour shorter or longer. */
    static Instant start(LocalDate monday, ZoneId zone) {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** The end (exclusive) of the week starting on {@code monday}. */
    static Instant end(LocalDate monday) {
        return end(monday, ZoneOffset.UTC);
    }

    static Instant end(LocalDate monday, ZoneId zone) {
        return start(monday.plusWeeks(1), zone);
    }

    /** {@code count} weeks from {@code first}, each with what {@code found} says it carried, or nothing. */
    static List<WeekLoad> weeks(LocalDate first, int count, List<WeekLoad> found) {
        Map<LocalDate, Carried> byMonday = found.stream().collect(Collectors.toMap(WeekLoad::monday, WeekLoad::carried));
        List<WeekLoad> weeks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate monday = first.plusWeeks(i);
            weeks.add(new WeekLoad(monday, byMonday.getOrDefault(monday, Carried.NONE)));
        }
        return weeks;
    }

    /** The items whose load sits furthest off the agreed split, largest first. */
    static List<Balance.Tilt> tilts(List<ItemLoad> loads, FairShare share) {
        return loads.stream()
                .map(row -> {
                    Carried c = row.carried();
                    // A's minutes beyond what the agreed split gives A of this item; negative tilts towards B.
                    long beyond = (100L * c.a() - (long) share.targetA() * c.total()) / 100;
                    Owner towards = beyond >= 0 ? Owner.A : Owner.B;
                    return new Balance.Tilt(row.itemId(), row.title(), towards, (int) Math.abs(beyond), c);
                })
                .filter(t -> t.seconds() >= MIN_TILT_SECONDS)
                .sorted(Comparator.comparingInt(Balance.Tilt::seconds).reversed().thenComparing(Balance.Tilt::title))
                .limit(MAX_TILTS)
                .toList();
    }

    /**
     * The prompt for {@code carrier}, who went it alone in the last complete weeks: their share
     * over the streak, their heaviest items, and an item to hand over — the heaviest tilting one
     * they own that is not already being handed over.
     */
    static GoingItAlone goingItAlone(Owner carrier, List<WeekLoad> complete, FairShare share, List<Balance.Tilt> tilts,
            List<LoadItem> items, Set<Long> handingOver) {
        List<WeekLoad> streak = complete.subList(complete.size() - GoingItAlone.WEEKS_IN_A_ROW, complete.size());
        Carried sum = streak.stream().map(WeekLoad::carried).reduce(Carried.NONE, Carried::plus);
        List<Balance.Tilt> mine = tilts.stream().filter(t -> t.towards() == carrier).toList();
        Map<Long, LoadItem> byId = items.stream().collect(Collectors.toMap(LoadItem::id, Function.identity()));
        Optional<GoingItAlone.Suggestion> handOver = mine.stream()
                .map(t -> byId.get(t.itemId()))
                .filter(item -> item != null && !handingOver.contains(item.id()))
                .map(item -> suggestion(item, carrier))
                .flatMap(Optional::stream)
                .findFirst();
        return new GoingItAlone(carrier, streak, sum.percentOf(carrier), share.targetOf(carrier), share.agreed(),
                mine.stream().limit(2).map(Balance.Tilt::title).toList(), handOver);
    }

    /** The phases the carrier owns alone, or else those they share. */
    static Optional<GoingItAlone.Suggestion> suggestion(LoadItem item, Owner carrier) {
        List<Phase> own = List.of(Phase.values()).stream().filter(p -> item.owner(p) == carrier).toList();
        List<Phase> phases = own.isEmpty()
                ? List.of(Phase.values()).stream().filter(p -> item.owner(p) == Owner.SHARED).toList() : own;
        return phases.isEmpty() ? Optional.empty()
                : Optional.of(new GoingItAlone.Suggestion(item.id(), item.title(), phases));
    }
}
