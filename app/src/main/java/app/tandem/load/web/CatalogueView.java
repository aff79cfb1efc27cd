package app.tandem.load.web;

import app.tandem.load.Area;
import app.tandem.load.Balance;
import app.tandem.load.CatalogueItem;
import app.tandem.load.Owner;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalogue page: every entry by area, the ones already ours marked, and what was wrong with the last pick. */
public record CatalogueView(List<Balance.Partner> partners, List<CatalogueItem> items, Set<String> picked,
        Map<String, String> typed, Map<String, String> errors) {

    public List<Area> areas() {
        return List.of(Area.values());
    }

    public List<CatalogueItem> in(Area area) {
        return items.stream().filter(i -> i.area() == area).toList();
    }

    public boolean picked(CatalogueItem entry) {
        return picked.contains(entry.key());
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public String name(Owner owner) {
        return Names.of(partners, owner);
    }

    public List<Owner> owners() {
        return List.of(Owner.values());
    }

    /**
     * Nothing is chosen for the partner: a silent "Both of us" would hide who carries the item,
     * which is the point of the list. A pick sent back with an error keeps its ticks and choices.
     */
    public boolean ticked(CatalogueItem entry) {
        return typed.containsKey(entry.key());
    }

    public boolean chosen(CatalogueItem entry, Owner owner) {
        return owner.wireName().equalsIgnoreCase(String.valueOf(typed.get(entry.key())));
    }
}
