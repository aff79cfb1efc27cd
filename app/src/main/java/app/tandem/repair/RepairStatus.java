package app.tandem.repair;

import java.util.Locale;

/** A repair attempt waits for the hurt partner, who accepts it or says what is still needed. */
public enum RepairStatus {
    PENDING, ACCEPTED, NOT_YET;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
