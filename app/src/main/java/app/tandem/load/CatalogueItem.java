package app.tandem.load;

/** An entry of the starter catalogue: a common load item a couple can pick and adjust. */
public record CatalogueItem(String key, Area area, Cadence cadence, Integer everyDays, int minutes, String title,
        String doneMeans) {}
