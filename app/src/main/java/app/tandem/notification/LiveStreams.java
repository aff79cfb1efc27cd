package app.tandem.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
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
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-streams-ping");
        thread.setDaemon(true);
        return thread;
    });

    LiveStreams() {
        pinger.scheduleWithFixedDelay(this::pingAll, PING.toSeconds(), PING.toSeconds(), TimeUnit.SECONDS);
    }

    /** A new stream for a partner of {@code coupleId} (0 for a partner without a couple: it only pings). */
    public SseEmitter open(long coupleId) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        Set<SseEmitter> streams = byCouple.computeIfAbsent(coupleId, id -> ConcurrentHashMap.newKeySet());
        streams.add(emitter);
        Runnable drop = () -> streams.remove(emitter);
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
        return byCouple.values().stream().mapToInt(Set::size).sum();
    }

    private void pingAll() {
        byCouple.values().forEach(streams -> streams.forEach(emitter ->
                send(streams, emitter, SseEmitter.event().comment("ping"))));
    }

    private static void send(Set<SseEmitter> streams, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            streams.remove(emitter);
        }
    }

    @Override
    public void destroy() {
        pinger.shutdownNow();
        byCouple.values().forEach(streams -> streams.forEach(SseEmitter::complete));
    }
}
