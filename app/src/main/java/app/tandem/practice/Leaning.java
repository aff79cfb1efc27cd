package app.tandem.practice;

import java.util.Locale;

/**
 * Where a check-in places a partner between going it alone and losing oneself in the other. In
 * plain words, and never a diagnosis: Tandem's statements are its own, not a validated scale.
 */
public enum Leaning {
    HYPER_INDEPENDENT("leaning toward going it alone",
            "You may find it easier to do things yourself than to ask, and may step back when your partner comes "
                    + "close. That independence is a strength; the practice is letting your partner help, even with "
                    + "things you could do alone.",
            "Small asks"),
    INTERDEPENDENT("interdependent",
            "You seem to rely on your partner and keep a life of your own. Keep practising: appreciations and the "
                    + "weekly state of us help it stay that way.",
            "Appreciations"),
    CODEPENDENT("leaning toward losing yourself in us",
            "You may put your partner's moods and needs before your own, and feel uneasy when they are away. "
                    + "That care is a strength; the practice is a full life of your own and soothing yourself "
                    + "before you seek reassurance.",
            "A life of my own");

    private final String words;
    private final String meaning;
    private final String suggestedPractice;

    Leaning(String words, String meaning, String suggestedPractice) {
        this.words = words;
        this.meaning = meaning;
        this.suggestedPractice = suggestedPractice;
    }

    /** Positions from -100 (going it alone) to 100 (losing oneself); the middle third is interdependent. */
    static Leaning at(int position) {
        if (position <= -34) {
            return HYPER_INDEPENDENT;
        }
        return position >= 34 ? CODEPENDENT : INTERDEPENDENT;
    }

    public String words() {
        return words;
    }

    public String meaning() {
        return meaning;
    }

    public String suggestedPractice() {
        return suggestedPractice;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "hyper-independent", "interdependent" or "codependent" (any case, _ or -); null for anything else. */
    public static Leaning parse(String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Leaning l : values()) {
            if (l.name().equals(wanted)) {
                return l;
            }
        }
        return null;
    }
}
