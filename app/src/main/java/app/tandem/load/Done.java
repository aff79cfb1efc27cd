package app.tandem.load;

import java.time.Instant;

/** One logged occurrence of a load item: who did it, when, and the load it carried. */
public record Done(long id, long itemId, String itemTitle, Owner doneBy, Instant doneAt, Carried carried) {}
