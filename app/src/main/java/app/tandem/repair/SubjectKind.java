package app.tandem.repair;

import java.util.Locale;

/** What a hurt is about: a need (or its answer), a bid (or its response), or nothing in Tandem. */
public enum SubjectKind {
    NEED, BID, NONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubjectKind parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        for (SubjectKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        return null;
    }
}
