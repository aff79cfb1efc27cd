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
        Map<String, String> errors) {

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

    /** Who carries an entry until the couple says otherwise: both of them. */
    public boolean preselected(Owner owner) {
        return owner == Owner.SHARED;
    }
}
