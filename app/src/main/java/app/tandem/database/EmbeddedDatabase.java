package app.tandem.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL whose files live in a folder and survive restarts.
 *
 * <p>A run killed with {@code kill -9} leaves two things behind: the PostgreSQL server it
 * started (a separate process, still running) and that server's {@code postmaster.pid}. The
 * next start must not trip over either. A lock file held for the whole run tells a dead
 * Tandem from a live one: if we can take the lock, any server still running on our data
 * folder is an orphan, and we stop it before starting our own.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE_NAME = "tandem";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /** Starts (creating it if needed) the database kept under {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("tandem.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Tandem is already running with the data folder "
                        + dataDir.toAbsolutePath() + "; stop it or set TANDEM_DATA_DIR to another folder.");
            }
            Path pgData = dataDir.resolve("postgres");
            stopOrphanedServer(pgData);
            if (clean) {
                deleteRecursively(pgData);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("binaries").toFile())
                    .setServerConfig("max_connections", "100")
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(channel, lock, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE_NAME);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /** A server left running by a killed run still holds the data folder: ask it to stop. */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedDatabase::isPostgres);
        if (server.isPresent()) {
            log.warn("Stopping an embedded PostgreSQL (pid {}) left running by an earlier run", pid.get());
            ProcessHandle process = server.get();
            process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its client died with the old run
            try {
                process.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception timeout) {
                process.destroyForcibly();
            }
        }
        // With its server gone the pid file is stale; PostgreSQL would refuse to start if the
        // pid in it now belonged to some other process.
        Files.deleteIfExists(pidFile);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::trim).filter(s -> s.matches("\\d{1,10}")).map(Long::valueOf);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE_NAME + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE_NAME + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE_NAME, e);
        }
    }
}
