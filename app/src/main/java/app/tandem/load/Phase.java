package app.tandem.load;

import app.tandem.kernel.Phrase;
import java.util.Arrays;

/**
 * The three phases of a load item. Noticing (anticipating, remembering) and planning
 * (deciding how and when) are the mental, mostly invisible part; doing is the visible one.
 */
public enum Phase {
    NOTICING("noticing"), PLANNING("planning"), DOING("doing");

    private final String wire;

    Phase(String wire) {
        this.wire = wire;
    }

    /** "noticing", in the reader's language: a phase's word inside a sentence. */
    public String label() {
        return Phrase.of("load.phase." + wire).say();
    }

    public String wireName() {
        return wire;
    }

    public static Phase parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(p -> p.wire.equalsIgnoreCase(value.strip()) || p.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
