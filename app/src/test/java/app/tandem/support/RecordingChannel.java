package app.tandem.support;

import app.tandem.notification.Delivery;
import app.tandem.notification.DeliveryChannel;
import app.tandem.notification.DeliveryFailedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The push channel as tests see it: it records what the delivery worker gave it, can be told to
 * fail the next few attempts as a push service answering 5xx would, and otherwise hands the
 * delivery on to the push module's real channel (which posts to any test push service a
 * partner subscribed).
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of the real push channel, which the worker then leaves to it
public class RecordingChannel implements DeliveryChannel {

    private final Supplier<Optional<DeliveryChannel>> realPush;

    public RecordingChannel(Supplier<Optional<DeliveryChannel>> realPush) {
        this.realPush = realPush;
    }

    /** For a node started outside the shared test context: nothing behind it. */
    public RecordingChannel() {
        this(Optional::empty);
    }

    /** What every node's recording channel received: a test with two nodes reads one list. */
    public static final List<Delivery> DELIVERED = new CopyOnWriteArrayList<>();
    private static final Map<Long, AtomicInteger> FAILURES_TO_COME = new ConcurrentHashMap<>();
    private static final Map<Long, CountDownLatch> HANGING = new ConcurrentHashMap<>();

    /** The next {@code attempts} deliveries to this partner fail (and are retried later). */
    public static void failNext(long recipientId, int attempts) {
        FAILURES_TO_COME.put(recipientId, new AtomicInteger(attempts));
    }

    /**
     * The next delivery to this partner hangs until {@code release} counts down, then fails as a
     * node that died mid-send would: nothing reaches the partner. {@code entered} counts down
     * when it starts hanging.
     */
    public static void hangNext(long recipientId, CountDownLatch entered, CountDownLatch release) {
        HANGING.put(recipientId, release);
        ENTERED.put(recipientId, entered);
    }

    private static final Map<Long, CountDownLatch> ENTERED = new ConcurrentHashMap<>();

    public static List<Delivery> to(long recipientId) {
        return DELIVERED.stream().filter(d -> d.recipientId() == recipientId).toList();
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void deliver(Delivery delivery) {
        CountDownLatch release = HANGING.remove(delivery.recipientId());
        if (release != null) {
            ENTERED.remove(delivery.recipientId()).countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the node died while sending");
        }
        AtomicInteger failures = FAILURES_TO_COME.getOrDefault(delivery.recipientId(), new AtomicInteger());
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new DeliveryFailedException("the test push service answered 503");
        }
        realPush.get().ifPresent(push -> push.deliver(delivery));
        DELIVERED.add(delivery);
    }
}
