package app.tandem.push;

import java.time.Instant;

/** One browser a partner turned push on in: where its push service listens, and its keys (RFC 8291). */
public record PushSubscription(long id, long partnerId, String endpoint, String p256dh, String auth, String label,
        Instant createdAt) {

    /** The push service's host, which is all a partner needs to tell their devices apart besides the label. */
    public String service() {
        return java.net.URI.create(endpoint).getHost();
    }
}
