package app.tandem.need;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a need is, from the asker's draft to its follow-through. */
public enum NeedStatus {
    DRAFT("Draft", "a draft"),
    SENT("Sent", "waiting for a reflection"),
    REFLECTED("Reflected", "waiting for the asker to confirm the reflection"),
    HEARD("Heard", "heard, and waiting for an answer"),
    ANSWERED_YES("Yes", "answered yes"),
    ANSWERED_OTHER_WAY("Another way", "answered with another way"),
    ANSWERED_NOT_NOW("Not now", "answered not now"),
    MET("Met", "marked met"),
    MISSED("Missed", "marked missed"),
    /** A recurring need the asker said "not any more" to. */
    ENDED("Ended", "ended: not needed any more");

    /** Not yet sent, or settled: what home's "waiting" lists leave out. */
    static final Set<NeedStatus> NOT_OPEN = EnumSet.of(DRAFT, MET, MISSED, ENDED);

    private final String label;
    private final String description;

    NeedStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short name, for filters and badges. */
    public String label() {
        return label;
    }

    /** What the status means, to finish "this need is …". */
    public String description() {
        return description;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean settled() {
        return this == MET || this == MISSED || this == ENDED;
    }

    /** Whose move it is while the need is open: the asker confirms a reflection and marks the follow-through. */
    boolean askersTurn() {
        return this == REFLECTED || this == ANSWERED_YES || this == ANSWERED_OTHER_WAY;
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
