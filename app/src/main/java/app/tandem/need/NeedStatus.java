package app.tandem.need;

import java.util.Locale;

/** Where a need is, from the asker's draft to its follow-through. */
public enum NeedStatus {
    DRAFT("a draft"),
    SENT("waiting for a reflection"),
    REFLECTED("waiting for the asker to confirm the reflection"),
    HEARD("heard, and waiting for an answer"),
    ANSWERED_YES("answered yes"),
    ANSWERED_OTHER_WAY("answered with another way"),
    ANSWERED_NOT_NOW("answered not now"),
    MET("marked met"),
    MISSED("marked missed");

    private final String description;

    NeedStatus(String description) {
        this.description = description;
    }

    /** What the status means, to finish "this need is …". */
    public String description() {
        return description;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean settled() {
        return this == MET || this == MISSED;
    }

    /** Parses a wire name or enum name; null for an unknown one. */
    public static NeedStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (NeedStatus status : values()) {
            if (status.name().equalsIgnoreCase(value.strip())) {
                return status;
            }
        }
        return null;
    }
}
