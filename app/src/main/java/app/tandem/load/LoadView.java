package app.tandem.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the "Our load" page shows: the items by area, what was just logged, and the recent log. */
public record LoadView(List<Balance.Partner> partners, Owner me, List<AreaItems> areas, Optional<Done> justLogged,
        List<Done> recent, LocalDate today) {

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
        return today.minusDays(LoadService.BACKDATE_LIMIT.toDays() - 1);
    }

    /** "1 h 05" or "25 min". */
    public static String duration(int seconds) {
        return Names.duration(seconds);
    }

}
