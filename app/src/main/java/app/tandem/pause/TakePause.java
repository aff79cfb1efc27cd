package app.tandem.pause;

/** A pause to take, checked by its input: which conversation, and for how many minutes. */
public record TakePause(ThreadKind kind, long threadId, int minutes) {

    public static final int DEFAULT_MINUTES = 20;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 24 * 60;
}
