package app.tandem.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL whose files live in a folder and survive restarts.
 *
 * <p><b>Durable.</b> The library's defaults ({@code fsync} and {@code synchronous_commit} off)
 * suit throw-away test databases; Tandem's holds what couples wrote, so a write is answered
 * only once PostgreSQL has flushed it to disk ({@link #SERVER_CONFIG}).
 *
 * <p><b>Orphans.</b> A run killed with {@code kill -9} leaves two things behind: the PostgreSQL
 * server it started (a separate process, still running) and that server's
 * {@code postmaster.pid}. A lock file held for the whole run tells a dead Tandem from a live
 * one: if we can take the lock, any server still running on our data folder is an orphan, and
 * we stop it before starting our own.
 *
 * <p><b>A server that dies.</b> A watchdog looks at the server once a second; if it has died
 * (killed, out of memory), it starts it again on the same folder and port. PostgreSQL replays
 * its write-ahead log, so nothing acknowledged is lost, and the pool reconnects by itself.
 * Meanwhile requests answer 503 and the readiness endpoint says the database is down.
 *
 * <p><b>Shutdown.</b> The library's own shutdown hook is off: the server stops when Spring
 * closes this bean, after the web server has finished the requests in flight.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE_NAME = "tandem";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration WATCH_EVERY = Duration.ofSeconds(1);

    /** Durable settings: every acknowledged commit is on disk, and a torn page can be repaired. */
    static final Map<String, String> SERVER_CONFIG = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "max_connections", "100",
            "listen_addresses", "localhost");

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile long serverPid;
    private volatile boolean closing;
    private final Thread watchdog;

    private EmbeddedDatabase(Path dataDir, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.serverPid = readPid(pgData(dataDir).resolve("postmaster.pid")).orElse(-1L);
        this.watchdog = new Thread(this::watch, "embedded-postgres-watchdog");
        this.watchdog.setDaemon(true);
        this.watchdog.start();
    }

    /** Starts (creating it if needed) the database kept under {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir, boolean clean) {
        FileChannel channel = openLockFile(dataDir);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataFolderException("Another Tandem is already running with the data folder "
                        + dataDir.toAbsolutePath() + ".", "Stop it, or set TANDEM_DATA_DIR to another folder.");
            }
            Path pgData = pgData(dataDir);
            stopOrphanedServer(pgData);
            if (clean) {
                deleteRecursively(pgData);
            }
            EmbeddedPostgres postgres = startServer(dataDir, 0);
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(dataDir, channel, lock, postgres);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFolderException("The embedded PostgreSQL could not start in " + dataDir.toAbsolutePath()
                    + ": " + rootMessage(e) + ".", "Check that the folder is on a local disk with free space, "
                    + "or set TANDEM_DATA_DIR to another folder.");
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE_NAME);
    }

    public int port() {
        return port;
    }

    /** The folder the server's own files live in. */
    public Path serverFolder() {
        return pgData(dataDir);
    }

    /** The server's process id, or -1 when unknown. */
    public long serverPid() {
        return serverPid;
    }

    @Override
    public void close() throws IOException {
        closing = true;
        watchdog.interrupt();
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static EmbeddedPostgres startServer(Path dataDir, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData(dataDir))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(dataDir.resolve("binaries").toFile());
        if (port > 0) {
            builder.setPort(port);
        }
        SERVER_CONFIG.forEach(builder::setServerConfig);
        return builder.start();
    }

    private void watch() {
        while (!closing) {
            try {
                Thread.sleep(WATCH_EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (closing || isServerAlive(serverPid)) {
                continue;
            }
            long started = System.nanoTime();
            log.error("The embedded PostgreSQL (pid {}) has stopped unexpectedly; starting it again", serverPid);
            restartUntilUp();
            if (!closing) {
                log.warn("The embedded PostgreSQL is back (pid {}) after {} ms", serverPid,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }
    }

    private void restartUntilUp() {
        try {
            postgres.close(); // releases the library's own lock on the folder; the server is gone already
        } catch (IOException | RuntimeException alreadyGone) {
            log.debug("Closing the dead server's handle", alreadyGone);
        }
        Duration wait = Duration.ofMillis(200);
        while (!closing) {
            try {
                stopOrphanedServer(serverFolder());
                EmbeddedPostgres restarted = startServer(dataDir, port);
                postgres = restarted;
                serverPid = readPid(serverFolder().resolve("postmaster.pid")).orElse(-1L);
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("The embedded PostgreSQL did not start yet ({}); trying again in {} ms", rootMessage(e),
                        wait.toMillis());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : wait.multipliedBy(2);
        }
    }

    private static Path pgData(Path dataDir) {
        return dataDir.resolve("postgres");
    }

    /** Creates the folder and its lock file, or says in one line why it cannot be used. */
    private static FileChannel openLockFile(Path dataDir) {
        Path where = dataDir.toAbsolutePath();
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new DataFolderException("The data folder " + where + " is a file, not a folder.",
                    "Set TANDEM_DATA_DIR to a folder (it is created if missing), or move the file away.");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + where + " cannot be created: " + rootMessage(e) + ".",
                    "Create it and give the user running Tandem (" + System.getProperty("user.name")
                            + ") write access to it, or set TANDEM_DATA_DIR to another folder.");
        }
        try {
            return FileChannel.open(dataDir.resolve("tandem.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw notWritable(where);
        } catch (FileSystemException e) {
            if (!Files.isWritable(dataDir)) {
                throw notWritable(where);
            }
            throw new DataFolderException("The data folder " + where + " cannot be used: " + rootMessage(e) + ".",
                    "Set TANDEM_DATA_DIR to a folder on a local, writable disk.");
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + where + " cannot be used: " + rootMessage(e) + ".",
                    "Set TANDEM_DATA_DIR to a folder on a local, writable disk.");
        }
    }

    private static DataFolderException notWritable(Path where) {
        return new DataFolderException("The data folder " + where + " is not writable by the user "
                + System.getProperty("user.name") + ".", "Give that user write access to it (chown or chmod), "
                + "or set TANDEM_DATA_DIR to another folder.");
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
                .filter(p -> isServerAlive(p.pid()))
                .filter(EmbeddedDatabase::isPostgres);
        if (server.isPresent()) {
            log.warn("Stopping an embedded PostgreSQL (pid {}) left running by an earlier run", pid.get());
            ProcessHandle process = server.get();
            process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its client died with the old run
            try {
                process.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception timeout) {
                process.destroyForcibly();
            }
        }
        // With its server gone the pid file is stale; PostgreSQL would refuse to start if the
        // pid in it now belonged to some other process.
        Files.deleteIfExists(pidFile);
    }

    /** Alive and not a zombie (a killed server whose parent has not reaped it yet is dead to us). */
    static boolean isServerAlive(long pid) {
        if (pid <= 0 || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException noProc) {
            return true;
        }
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

    static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            try (var lines = Files.lines(pidFile)) {
                return lines.findFirst().map(String::trim).filter(s -> s.matches("\\d{1,10}")).map(Long::valueOf);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
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

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (root instanceof java.nio.file.NoSuchFileException) {
            message = "no such file or folder " + message;
        } else if (root instanceof AccessDeniedException) {
            message = "permission denied on " + message;
        } else if (root instanceof java.nio.file.FileAlreadyExistsException) {
            message = "a file is in the way at " + message;
        }
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
