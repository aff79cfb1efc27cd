package app.tandem.load.web;

import app.tandem.load.Area;
import app.tandem.load.Balance;
import app.tandem.load.Done;
import app.tandem.load.LoadItem;
import app.tandem.load.LogDone;
import app.tandem.load.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the "Our load" page shows: the items by area, what was just logged, and the recent log.
 * When logging an item went wrong, {@code failedItem} is that item, shown open with what was
 * submitted ({@code done}) and the {@code errors}.
 */
public record LoadView(List<Balance.Partner> partners, Owner me, List<AreaItems> areas, Optional<Done> justLogged,
        List<Done> recent, LocalDate today, long failedItem, DoneDraft done, Map<String, String> errors) {

    /** One area's items, for a heading and its list. */
    public record AreaItems(Area area, List<LoadItem> items) {}

    static List<AreaItems> byArea(List<LoadItem> items) {
        Map<Area, List<LoadItem>> grouped = new TreeMap<>();
        items.forEach(item -> grouped.computeIfAbsent(item.area(), a -> new ArrayList<>()).add(item));
        return grouped.entrySet().stream().map(e -> new AreaItems(e.getKey(), e.getValue())).toList();
    }

    public boolean empty() {
        return areas.isEmpty();
    }

    public String name(Owner owner) {
        return Names.of(partners, owner);
    }

    public Owner other() {
        return me.other();
    }

    public LocalDate earliest() {
        return today.minusDays(LogDone.BACKDATE_LIMIT.toDays() - 1);
    }

    /** Whether logging {@code item} just failed: its form opens with the errors. */
    public boolean failed(LoadItem item) {
        return item.id() == failedItem && !errors.isEmpty();
    }

    /** The day the item's form shows: what was submitted for a failed one, else today. */
    public String day(LoadItem item) {
        return failed(item) && !done.day().isEmpty() ? done.day() : today.toString();
    }

    /** "1 h 05" or "25 min". */
    public static String duration(int seconds) {
        return Names.duration(seconds);
    }
}
