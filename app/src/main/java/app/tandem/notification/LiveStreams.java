package app.tandem.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this node, by couple. A stream carries no data of the couple, only
 * "changed": the page then asks for itself again, through the same checks as any request.
 * Streams end after {@link #LIFETIME} (the browser reconnects) and are pinged so that a dead
 * connection is noticed and dropped.
 */
@Component
public class LiveStreams implements DisposableBean {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Duration PING = Duration.ofSeconds(20);
    private static final Duration RECONNECT = Duration.ofSeconds(3);

    private final Map<Long, Set<SseEmitter>> byCouple = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final int maxStreams;
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-streams-ping");
        thread.setDaemon(true);
        return thread;
    });

    LiveStreams(@Value("${tandem.live.max-streams:1000}") int maxStreams) {
        this.maxStreams = maxStreams;
        pinger.scheduleWithFixedDelay(this::pingAll, PING.toSeconds(), PING.toSeconds(), TimeUnit.SECONDS);
    }

    /** A new stream for a partner of {@code coupleId} (0 for a partner without a couple: it only pings). */
    public SseEmitter open(long coupleId) {
        // Each stream holds heap until it ends: past the limit a page is better off without live
        // updates (it still works, and its event source tries again) than the node out of memory.
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            throw new StreamsFullException();
        }
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        Set<SseEmitter> streams = byCouple.computeIfAbsent(coupleId, id -> ConcurrentHashMap.newKeySet());
        streams.add(emitter);
        Runnable drop = () -> remove(streams, emitter);
        emitter.onCompletion(drop);
        emitter.onTimeout(drop);
        emitter.onError(e -> drop.run());
        // A first comment sends the headers at once, and tells the browser how soon to come back.
        send(streams, emitter, SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("open"));
        return emitter;
    }

    /** The couple's data changed (on this node or another): every open page of theirs refreshes. */
    void changed(long coupleId) {
        Set<SseEmitter> streams = byCouple.get(coupleId);
        if (streams != null) {
            streams.forEach(emitter -> send(streams, emitter, SseEmitter.event().name("changed").data(coupleId)));
        }
    }

    int open() {
        return open.get();
    }

    /** Counts a stream out once, however many of its callbacks (completion, time-out, error, failed send) report it gone. */
    private void remove(Set<SseEmitter> streams, SseEmitter emitter) {
        if (streams.remove(emitter)) {
            open.decrementAndGet();
        }
    }

    private void pingAll() {
        byCouple.values().forEach(streams -> streams.forEach(emitter ->
                send(streams, emitter, SseEmitter.event().comment("ping"))));
    }

    private void send(Set<SseEmitter> streams, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            remove(streams, emitter);
        }
    }

    /** This node holds as many open streams as it may. */
    public static class StreamsFullException extends RuntimeException {
        public StreamsFullException() {
            super("this node holds as many live streams as it may");
        }
    }

    @Override
    public void destroy() {
        pinger.shutdownNow();
        byCouple.values().forEach(streams -> streams.forEach(SseEmitter::complete));
    }
}
