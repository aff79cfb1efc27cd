package app.tandem.bid;

import java.util.Locale;

/** A bid is open until the partner turns toward it, away from it ("not now"), or against it. */
public enum BidStatus {
    OPEN("open"), TURNED_TOWARD("turned toward"), TURNED_AWAY("turned away"), TURNED_AGAINST("turned against");

    private final String words;

    BidStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean open() {
        return this == OPEN;
    }

    boolean hurtful() {
        return this == TURNED_AWAY || this == TURNED_AGAINST;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
