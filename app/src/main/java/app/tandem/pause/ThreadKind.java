package app.tandem.pause;

import java.util.Locale;

/** The kinds of conversation a partner can pause. */
public enum ThreadKind {
    NEED, BID, HURT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "need", "bid" or "hurt"; null otherwise. */
    public static ThreadKind parse(String value) {
        for (ThreadKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        return null;
    }
}
