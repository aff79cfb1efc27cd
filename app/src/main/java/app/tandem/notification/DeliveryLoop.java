package app.tandem.notification;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Each node looks for due prompts and deliveries every {@code tandem.notifications.poll}; all
 * nodes may, since every claim is a row lock. One thread: a node sends one group at a time.
 */
@Component
class DeliveryLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);

    private final DuePrompts prompts;
    private final DeliveryWorker worker;
    private final DeliverySettings settings;
    private volatile ScheduledExecutorService executor;

    DeliveryLoop(DuePrompts prompts, DeliveryWorker worker, DeliverySettings settings) {
        this.prompts = prompts;
        this.worker = worker;
        this.settings = settings;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notification-delivery");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.poll().toMillis();
        executor.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            prompts.fireDue();
            worker.deliverDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the rows wait for the next round.
            log.warn("A delivery round stopped ({}); the next one tries again", e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
