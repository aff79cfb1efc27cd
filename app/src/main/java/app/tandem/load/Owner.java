package app.tandem.load;

import java.util.Arrays;

/**
 * Who owns a phase, or who did an occurrence: partner A (the couple's first member),
 * partner B (the second) or both, shared. A couple's members never change (leaving
 * dissolves it), so the letters are stable for the couple's whole life.
 */
public enum Owner {
    A, B, SHARED;

    public String wireName() {
        return this == SHARED ? "shared" : name();
    }

    /** The other partner; shared stays shared. */
    public Owner other() {
        return switch (this) {
            case A -> B;
            case B -> A;
            case SHARED -> SHARED;
        };
    }

    /** This owner's part of {@code seconds}: all, none or half. */
    int partOf(int seconds, Owner partner) {
        if (this == SHARED) {
            return partner == A ? seconds / 2 : seconds - seconds / 2;
        }
        return this == partner ? seconds : 0;
    }

    public static Owner parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(o -> o.wireName().equalsIgnoreCase(value.strip()) || o.name().equalsIgnoreCase(value.strip())
                        || o == SHARED && value.strip().equalsIgnoreCase("both"))
                .findFirst().orElse(null);
    }
}
