package app.tandem.notification;

import java.util.Optional;

/**
 * What a thread's opener wrote, for a partner who opted in to read it in their e-mails. Each
 * feature that starts threads answers for its own paths from its own repository, scoped by
 * the recipient's couple.
 */
public interface ThreadQuotes {

    /** Where this feature's threads live: "/needs/". */
    String pathPrefix();

    /** The words that opened thread {@code threadId} of couple {@code coupleId}; empty when there is no such thread there. */
    Optional<String> quote(long coupleId, long threadId);
}
