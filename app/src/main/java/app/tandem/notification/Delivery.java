package app.tandem.notification;

import java.util.List;

/**
 * What one channel is to bring to one partner at once: one or more inbox entries (grouped when
 * several came within a few minutes), oldest first. {@code includeText} is the partner's own
 * opt-in to see the words in the message; without it a message names who is waiting and links
 * to the app, nothing more.
 */
public record Delivery(long recipientId, String recipientName, List<Notification> entries, boolean includeText) {

    public Delivery {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a delivery brings at least one entry");
        }
    }

    /** The entry a tap on the message should open: the newest. */
    public Notification newest() {
        return entries.get(entries.size() - 1);
    }
}
