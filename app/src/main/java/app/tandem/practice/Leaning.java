package app.tandem.practice;

import app.tandem.kernel.Phrase;
import java.util.Locale;

/**
 * Where a check-in places a partner between going it alone and losing oneself in the other. In
 * plain words, and never a diagnosis: Tandem's statements are its own, not a validated scale.
 */
public enum Leaning {
    HYPER_INDEPENDENT, INTERDEPENDENT, CODEPENDENT;

    /** Its name in plain words ("leaning toward going it alone"), said in the reader's language. */
    public Phrase words() {
        return phrase("words");
    }

    /** What it may mean, warmly and without a verdict. */
    public Phrase meaning() {
        return phrase("meaning");
    }

    /** The practice that may fit it, by the name the practice page gives it. */
    public Phrase suggestedPractice() {
        return phrase("practice");
    }

    /** The words live in the catalogues under {@code practice.leaning.<wire name>.<what>}. */
    private Phrase phrase(String what) {
        return Phrase.of("practice.leaning." + wireName() + "." + what);
    }

    /** Positions from -100 (going it alone) to 100 (losing oneself); the middle third is interdependent. */
    static Leaning at(int position) {
        if (position <= -34) {
            return HYPER_INDEPENDENT;
        }
        return position >= 34 ? CODEPENDENT : INTERDEPENDENT;
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
