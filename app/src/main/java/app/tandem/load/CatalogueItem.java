package app.tandem.load;

import app.tandem.kernel.Phrase;

/**
 * An entry of the starter catalogue: a common load item a couple can pick and adjust. Its title and
 * what "done" means are in the reader's language; once picked, they are the couple's own words,
 * kept as the partner who picked it read them.
 */
public record CatalogueItem(String key, Area area, Cadence cadence, Integer everyDays, int minutes) {

    public String title() {
        return Phrase.of("load.catalogue.item." + key + ".title").say();
    }

    public String doneMeans() {
        return Phrase.of("load.catalogue.item." + key + ".doneMeans").say();
    }
}
