package app.tandem.plan;

import app.tandem.kernel.Phrase;
import java.util.Arrays;

/** What a note of "what we know about each other" is: something hard for me, or something that helps me. */
public enum KnowMeKind {
    HARD, HELPS;

    /** "Hard for me", in the reader's language. */
    public String label() {
        return Phrase.of("plan.knowMe.kind." + wireName()).say();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static KnowMeKind parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }
}
