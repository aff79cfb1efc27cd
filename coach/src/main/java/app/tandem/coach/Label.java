package app.tandem.coach;

import app.tandem.coach.lexicon.Lexicon;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The nine labels of the coach, exactly those of the practice's LABELS.md. Their names as
 * partners see them live with the explanations, in texts.properties ({@code <wire>.name}).
 */
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

    /** The name partners see: "Criticism", "A judgment dressed as a feeling", "What you don't want", … */
    public String displayName() {
        return Texts.DISPLAY_NAMES.get(this);
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

    /** Loaded on first use, so that naming a label never costs more than reading one properties file. */
    private static final class Texts {
        static final Map<Label, String> DISPLAY_NAMES = load();

        private static Map<Label, String> load() {
            Map<Label, String> names = new EnumMap<>(Label.class);
            java.util.Properties texts = Lexicon.readTexts();
            for (Label label : values()) {
                String name = texts.getProperty(label.wireName() + ".name");
                names.put(label, name == null ? label.wireName() : name);
            }
            return names;
        }
    }
}
