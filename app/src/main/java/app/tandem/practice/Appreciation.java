package app.tandem.practice;

import java.time.Instant;

/** A note of gratitude to the partner. */
public record Appreciation(long id, long fromId, String text, Instant createdAt) {

    public boolean sentBy(long partnerId) {
        return fromId == partnerId;
    }
}
