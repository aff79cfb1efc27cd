package app.tandem.kernel;

import java.util.Map;

/**
 * The action is valid in general but not now, in this state; the message says why. Details
 * (for instance what changed meanwhile) travel to API clients as problem-detail properties.
 */
public class ConflictException extends RuntimeException {

    private final transient Map<String, Object> details;

    public ConflictException(String why) {
        this(why, Map.of());
    }

    public ConflictException(String why, Map<String, Object> details) {
        super(why);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
