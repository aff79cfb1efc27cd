package app.tandem.plan;

import java.util.Arrays;

/** What a note of "what we know about each other" is: something hard for me, or something that helps me. */
public enum KnowMeKind {
    HARD("Hard for me"), HELPS("Helps me");

    private final String label;

    KnowMeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static KnowMeKind parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }
}
