package app.tandem.notification;

/**
 * A way to reach a partner outside the app (e-mail, Web Push). The delivery worker reads the
 * outbox and calls a channel after the change has committed, never inside it: a slow or failing
 * channel cannot hold up or undo what a partner did.
 */
public interface DeliveryChannel {

    Channel channel();

    /** Whether this server can use the channel at all (SMTP configured; push keys present). */
    boolean enabled();

    /**
     * Delivers one group of entries to their recipient. Returns normally when delivered, or when
     * the recipient has nothing to deliver to (no subscribed device); throws
     * {@link DeliveryFailedException} when the attempt should be retried later.
     */
    void deliver(Delivery delivery);

    enum Channel { EMAIL, PUSH }
}
