package app.tandem.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL's {@code tandem_couple} channel, where the database announces on commit
 * every couple whose data changed (V40), whichever node made the change, and hands each to this
 * node's {@link LiveStreams}. It holds one connection of its own; when the database goes away it
 * waits and listens again, and pages simply refresh on their next change.
 */
@Component
class CoupleChanges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CoupleChanges.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final LiveStreams streams;
    private volatile boolean running;
    private volatile Thread listener;

    CoupleChanges(DataSource dataSource, LiveStreams streams) {
        this.dataSource = dataSource;
        this.streams = streams;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "couple-changes");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen tandem_couple");
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] changes = postgres.getNotifications(WAIT_MILLIS);
                    if (changes != null) {
                        for (PGNotification change : changes) {
                            streams.changed(Long.parseLong(change.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for couple changes stopped ({}); trying again in a second", e.getClass().getSimpleName());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2 * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
