package app.tandem.notification;

import java.util.List;
import java.util.Map;

/**
 * What one channel is to bring to one partner at once: one or more inbox entries (grouped when
 * several came within a few minutes), oldest first. {@code includeText} is the partner's own
 * opt-in to see the words in the message; without it a message names who is waiting and links
 * to the app, nothing more. {@code quotes} holds, by thread path, the words each thread opened
 * with: filled only with that opt-in.
 */
public record Delivery(long recipientId, String recipientName, List<Notification> entries, boolean includeText,
        Map<String, String> quotes) {

    public Delivery {
        entries = List.copyOf(entries);
        quotes = Map.copyOf(quotes);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a delivery brings at least one entry");
        }
    }

    public Delivery(long recipientId, String recipientName, List<Notification> entries, boolean includeText) {
        this(recipientId, recipientName, entries, includeText, Map.of());
    }

    /** The entry a tap on the message should open: the newest. */
    public Notification newest() {
        return entries.get(entries.size() - 1);
    }
}
