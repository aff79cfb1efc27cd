package app.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 1 (writes answered and then lost when the server died), 2 (nothing restarted it) and
 * 5 (a bad data folder ended in a stack trace): the embedded server is durable, comes back by
 * itself, and says in one line why a folder cannot be used.
 */
class DurableEmbeddedDatabaseTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void theServerRunsWithDurableSettings() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false);
                Connection c = DriverManager.getConnection(db.jdbcUrl())) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (var rs = c.createStatement().executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aKilledServerComesBackByItselfWithEveryAcknowledgedWrite() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            execute(db, "create table kept (id bigint primary key)");
            ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong next = new AtomicLong();
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    long id = next.incrementAndGet();
                    try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
                        c.createStatement().execute("insert into kept values (" + id + ")");
                        acknowledged.add(id); // autocommit: the insert returned, so it is committed
                    } catch (SQLException down) {
                        sleep(20);
                    }
                }
            });
            writer.start();
            sleep(500);
            long pid = db.serverPid();
            assertThat(pid).isPositive();
            long killedAt = System.nanoTime();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL to the postmaster
            long acknowledgedBeforeKill = acknowledged.size();

            Duration back = waitUntilItAnswers(db, Duration.ofSeconds(60));
            sleep(300); // a few writes after it came back
            writing.set(false);
            writer.join();
            System.out.printf("embedded PostgreSQL back %d ms after SIGKILL; %d writes acknowledged%n",
                    back.toMillis(), acknowledged.size());

            assertThat(db.serverPid()).isNotEqualTo(pid);
            assertThat(acknowledgedBeforeKill).isPositive();
            assertThat(missing(db, acknowledged)).as("acknowledged writes missing after the crash").isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofSeconds(60));
        }
    }

    @Test
    void aDataFolderThatIsAFileIsToldInOneLine() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> EmbeddedDatabase.start(file, false))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("is a file, not a folder")
                .hasMessageContaining("TANDEM_DATA_DIR")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> EmbeddedDatabase.start(file.resolve("inside"), false))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("cannot be created")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFolderThatCannotBeWrittenIsToldInOneLine() throws Exception {
        Path locked = Files.createDirectory(dataDir.resolve("read-only"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(locked)).as("root writes anywhere: nothing to test").isFalse();
            assertThatThrownBy(() -> EmbeddedDatabase.start(locked, false))
                    .isInstanceOf(DataFolderException.class)
                    .hasMessageContaining("not writable")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theSecondInstanceMessageIsOneLineWithWhatToDo() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, false))
                    .isInstanceOf(DataFolderException.class)
                    .hasMessageContaining("Another Tandem is already running")
                    .hasMessageContaining("set TANDEM_DATA_DIR")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    static Duration waitUntilItAnswers(EmbeddedDatabase db, Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < atMost.toNanos()) {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
                c.createStatement().execute("select 1");
                return Duration.ofNanos(System.nanoTime() - start);
            } catch (SQLException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the database did not come back within " + atMost);
    }

    static List<Long> missing(EmbeddedDatabase db, Iterable<Long> ids) throws SQLException {
        java.util.Set<Long> present = new java.util.HashSet<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl());
                var rs = c.createStatement().executeQuery("select id from kept")) {
            while (rs.next()) {
                present.add(rs.getLong(1));
            }
        }
        List<Long> gone = new java.util.ArrayList<>();
        ids.forEach(id -> {
            if (!present.contains(id)) {
                gone.add(id);
            }
        });
        return gone;
    }

    static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
            c.createStatement().execute(sql);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
