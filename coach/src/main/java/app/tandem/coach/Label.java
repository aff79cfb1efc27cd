package app.tandem.coach;

import java.util.Locale;

/** The nine labels of the coach, exactly those of the practice's LABELS.md. */
public enum Label {
    CRITICISM,
    CONTEMPT,
    DEFENSIVENESS,
    STONEWALLING,
    FAUX_FEELING,
    NEGATIVE_REQUEST,
    VAGUE_REQUEST,
    DISMISSAL,
    SCOREKEEPING;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The name used on the wire and in resource files: "criticism", "faux_feeling", ... */
    public String wireName() {
        return wireName;
    }

    /** The label for a wire name, or {@code null} when there is none. */
    public static Label fromWireName(String wireName) {
        for (Label label : values()) {
            if (label.wireName.equals(wireName)) {
                return label;
            }
        }
        return null;
    }
}
