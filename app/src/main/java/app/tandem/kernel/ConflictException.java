package app.tandem.kernel;

import java.util.Map;

/**
 * The action is valid in general but not now, in this state; the message says why, in the
 * language of the request being answered. Details (for instance what changed meanwhile) travel
 * to API clients as problem-detail properties.
 */
public class ConflictException extends RuntimeException {

    private final transient Phrase why;
    private final transient Map<String, Object> details;

    public ConflictException(Phrase why) {
        this(why, Map.of());
    }

    public ConflictException(Phrase why, Map<String, Object> details) {
        super(why.key());
        this.why = why;
        this.details = Map.copyOf(details);
    }

    /** Why not now, said in the reader's language. */
    @Override
    public String getMessage() {
        return why.say();
    }

    public Map<String, Object> details() {
        return details;
    }
}
