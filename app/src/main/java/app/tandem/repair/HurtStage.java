package app.tandem.repair;

import java.util.Locale;

/**
 * Where a hurt is in its repair, as both partners see it. Stored, a hurt is only open or
 * repaired ({@link HurtStatus}; the open ones have a partial index of their own); whether a
 * repair waits for an answer is read from its attempts.
 */
public enum HurtStage {
    /** Named, and waiting for a repair (the first, or another after "not yet"). */
    OPEN("waiting for a repair"),
    /** A repair attempt waits for the hurt partner's answer. */
    REPAIR_OFFERED("waiting for an answer to the repair"),
    /** The hurt partner accepted a repair. */
    REPAIRED("repaired");

    private final String description;

    HurtStage(String description) {
        this.description = description;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the stage means, to finish "this hurt is …". */
    public String description() {
        return description;
    }
}
