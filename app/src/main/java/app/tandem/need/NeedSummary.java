package app.tandem.need;

import java.time.Instant;

/** One line of a list of needs (home, history): enough to recognise it and open it. */
public record NeedSummary(long id, long askerId, NeedStatus status, String feeling, String request, When when,
        Instant updatedAt) {

    public boolean askedBy(long partnerId) {
        return askerId == partnerId;
    }
}
