package app.tandem.load;

import java.util.Arrays;

/**
 * The three phases of a load item. Noticing (anticipating, remembering) and planning
 * (deciding how and when) are the mental, mostly invisible part; doing is the visible one.
 */
public enum Phase {
    NOTICING("noticing"), PLANNING("planning"), DOING("doing");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return label;
    }

    public static Phase parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(p -> p.label.equalsIgnoreCase(value.strip()) || p.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
