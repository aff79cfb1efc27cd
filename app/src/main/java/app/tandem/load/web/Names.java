package app.tandem.load.web;

import app.tandem.kernel.Phrase;
import app.tandem.load.Balance;
import app.tandem.load.Owner;
import java.util.List;

/** Words for owners and durations, shared by the load pages. */
final class Names {

    private Names() {}

    static String of(List<Balance.Partner> partners, Owner owner) {
        return switch (owner) {
            case A -> partners.get(0).displayName();
            case B -> partners.get(1).displayName();
            case SHARED -> Phrase.of("load.owner.shared").say();
        };
    }

    static String duration(int seconds) {
        int minutes = Math.round(seconds / 60f);
        if (minutes < 60) {
            return Phrase.of("load.duration.minutes", minutes).say();
        }
        return Phrase.of("load.duration.hours", minutes / 60, String.format("%02d", minutes % 60)).say();
    }
}
