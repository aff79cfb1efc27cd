package app.tandem.pause;

/**
 * Implemented by each feature whose conversations can be paused (needs, bids, hurts), so the
 * pause can check that a thread exists for the partner without depending on those features.
 */
public interface ThreadDirectory {

    ThreadKind kind();

    /**
     * Whether the partner, in this couple, can see this thread; throws nothing. Implementations
     * read their own repository: a service here would depend on pauses in turn.
     */
    boolean visibleTo(long coupleId, long partnerId, long threadId);

    /** Where the thread's page is, for "come back to …" links. */
    String path(long threadId);
}
