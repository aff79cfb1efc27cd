package app.tandem.load.web;

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
            case SHARED -> "Both of us";
        };
    }

    static String duration(int seconds) {
        int minutes = Math.round(seconds / 60f);
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h " + String.format("%02d", minutes % 60);
    }
}
