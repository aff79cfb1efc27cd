package app.tandem.repair;

import java.util.Locale;

/**
 * A hurt as stored: open until the hurt partner accepts a repair attempt. {@link HurtStage}
 * tells an open hurt waiting for a repair from one whose repair waits for an answer.
 */
public enum HurtStatus {
    OPEN, REPAIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
