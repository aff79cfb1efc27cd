package app.tandem.practice;

import app.tandem.kernel.Phrase;

/**
 * One statement of the check-in, in Tandem's own words. Agreeing with it moves the partner
 * toward {@code pole}: -1 toward going it alone, +1 toward losing oneself in the other.
 */
public record Statement(int number, int pole) {

    /**
     * Its words, from the catalogues under the version they belong to: a new version gets new
     * keys, so that a translation of version 1 never reads as a statement of version 2.
     */
    public Phrase text() {
        return Phrase.of("practice.checkIn.statement.v" + CheckInStatements.VERSION + "." + number);
    }
}
