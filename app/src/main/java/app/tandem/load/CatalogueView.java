package app.tandem.load;

import java.util.List;
import java.util.Set;

/** The catalogue page: every entry by area, the ones already ours marked. */
public record CatalogueView(List<Balance.Partner> partners, List<CatalogueItem> items, Set<String> picked,
        String error) {

    public List<Area> areas() {
        return List.of(Area.values());
    }

    public List<CatalogueItem> in(Area area) {
        return items.stream().filter(i -> i.area() == area).toList();
    }

    public String name(Owner owner) {
        return Names.of(partners, owner);
    }

    public List<Owner> owners() {
        return List.of(Owner.values());
    }
}
