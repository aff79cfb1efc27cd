package app.tandem.load;

import app.tandem.kernel.ResourceLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The starter catalogue, read once from {@code load/catalogue.psv} (pipe-separated): each entry's
 * key, area, cadence and minutes. Its words (a title, what done means) are the message
 * catalogues', so that they can be reworded and translated without touching code.
 */
@Component
class Catalogue {

    static final String RESOURCE = "load/catalogue.psv";

    private final Map<String, CatalogueItem> items;

    Catalogue() {
        this.items = read(RESOURCE);
    }

    List<CatalogueItem> items() {
        return List.copyOf(items.values());
    }

    Optional<CatalogueItem> find(String key) {
        return Optional.ofNullable(items.get(key));
    }

    static Map<String, CatalogueItem> read(String resource) {
        Map<String, CatalogueItem> items = new LinkedHashMap<>();
        for (String line : ResourceLines.of(resource)) {
            CatalogueItem item = parse(line, resource + ": \"" + line + "\"");
            if (items.put(item.key(), item) != null) {
                throw new IllegalStateException(resource + ": duplicate key " + item.key());
            }
        }
        return items;
    }

    private static CatalogueItem parse(String line, String where) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        if (cells.size() != 5) {
            throw new IllegalStateException(where + ": expected 5 cells, found " + cells.size());
        }
        Area area = Area.parse(cells.get(1));
        Cadence cadence = Cadence.parse(cells.get(2));
        if (area == null || cadence == null) {
            throw new IllegalStateException(where + ": unknown area or cadence");
        }
        Integer everyDays = cells.get(3).isEmpty() ? null : Integer.valueOf(cells.get(3));
        if ((cadence == Cadence.EVERY_N_DAYS) != (everyDays != null)) {
            throw new IllegalStateException(where + ": 'every N days' needs its number, and only it");
        }
        return new CatalogueItem(cells.get(0), area, cadence, everyDays, Integer.parseInt(cells.get(4)));
    }
}
