package app.tandem.pause;

/**
 * Implemented by each feature whose conversations can be paused (needs, bids, hurts), so the
 * pause can check that a thread exists for the partner without depending on those features.
 */
public interface ThreadDirectory {

    ThreadKind kind();

    /** Whether the partner can see this thread; throws nothing. */
    boolean visibleTo(long partnerId, long threadId);

    /** Where the thread's page is, for "come back to …" links. */
    String path(long threadId);
}
