package app.tandem.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Online backup and restore of the embedded database, with no tool beyond Tandem's own jar
 * (the embedded server ships no {@code pg_dump}, and Debian's may be older than the server).
 *
 * <pre>
 *   bin/backup  [DATA_DIR] BACKUP_DIR     a consistent copy, taken while Tandem runs
 *   bin/restore BACKUP_DIR NEW_DATA_DIR   a data folder to start Tandem on
 * </pre>
 *
 * <p>While Tandem runs, the backup uses PostgreSQL's own low-level backup API, as
 * {@code pg_basebackup} does: a temporary replication slot keeps the write-ahead log,
 * {@code pg_backup_start} marks where a restore must begin, the files are copied while writes
 * go on, {@code pg_backup_stop} gives the label, and the log written meanwhile is copied last.
 * A restored folder starts by replaying that log: everything committed before "consistent at"
 * is printed is in it. When Tandem is not running, the folder is locked and copied as it is.
 */
public final class BackupCommand {

    /** Files and folders whose contents a backup leaves out (PostgreSQL rebuilds them). */
    private static final Set<String> SKIPPED_CONTENTS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "pg_internal.init");
    static final String MARKER = "TANDEM-BACKUP.txt";

    private BackupCommand() {}

    public static void main(String[] args) {
        try {
            if (args.length >= 2 && args[0].equals("backup")) {
                Path data = Path.of(args.length >= 3 ? args[1] : env("TANDEM_DATA_DIR", "data"));
                backup(data, Path.of(args[args.length - 1]));
            } else if (args.length == 3 && args[0].equals("restore")) {
                restore(Path.of(args[1]), Path.of(args[2]));
            } else {
                System.err.println("usage: backup [DATA_DIR] BACKUP_DIR  |  restore BACKUP_DIR NEW_DATA_DIR");
                System.exit(2);
            }
        } catch (Failure e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException | SQLException e) {
            System.err.println("The backup failed: " + EmbeddedDatabase.rootMessage(e));
            System.exit(1);
        }
    }

    /** Copies the embedded database under {@code dataDir} into {@code target}, which must not exist yet. */
    public static void backup(Path dataDir, Path target) throws IOException, SQLException {
        backup(dataDir, target, () -> { });
    }

    /** As {@link #backup(Path, Path)}; {@code onConsistent} runs at the point everything committed before is in. */
    static void backup(Path dataDir, Path target, Runnable onConsistent) throws IOException, SQLException {
        Path pgData = dataDir.resolve("postgres");
        if (!Files.isRegularFile(pgData.resolve("PG_VERSION"))) {
            throw new Failure("There is no embedded database in " + dataDir.toAbsolutePath()
                    + " (no postgres/PG_VERSION). Give the data folder Tandem runs with (TANDEM_DATA_DIR).");
        }
        requireEmpty(target);
        Path copy = target.resolve("postgres");
        Files.createDirectories(copy);
        List<String> pid = Files.exists(pgData.resolve("postmaster.pid"))
                ? Files.readAllLines(pgData.resolve("postmaster.pid")) : List.of();
        boolean running = pid.size() >= 4 && EmbeddedDatabase.isServerAlive(Long.parseLong(pid.get(0).trim()));
        if (running) {
            online(pgData, copy, Integer.parseInt(pid.get(3).trim()), onConsistent);
        } else {
            offline(dataDir, pgData, copy, onConsistent);
        }
        Files.writeString(target.resolve(MARKER), "Tandem backup of " + dataDir.toAbsolutePath() + ", taken "
                + Instant.now() + (running ? " online" : " offline") + ".\nRestore with: bin/restore " + target
                + " NEW_DATA_DIR\n");
        System.out.println("Backup complete in " + target.toAbsolutePath());
    }

    private static void online(Path pgData, Path copy, int port, Runnable onConsistent)
            throws IOException, SQLException {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // A temporary slot keeps every WAL segment from here on until this session ends.
            s.execute("select pg_create_physical_replication_slot('tandem_backup_' || pg_backend_pid(), true, true)");
            s.execute("select pg_backup_start('tandem', true)");
            copyTree(pgData, copy);
            String label;
            String tablespaces;
            try (ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                rs.next();
                label = rs.getString(1);
                tablespaces = rs.getString(2);
            }
            onConsistent.run();
            System.out.println("Consistent at " + Instant.now()
                    + ": everything committed before this line is in the backup.");
            System.out.flush();
            // The log written since the start: a restore replays it to a consistent state.
            copyFolder(pgData.resolve("pg_wal"), copy.resolve("pg_wal"));
            Files.writeString(copy.resolve("backup_label"), label, StandardOpenOption.CREATE_NEW);
            if (tablespaces != null && !tablespaces.isBlank()) {
                Files.writeString(copy.resolve("tablespace_map"), tablespaces, StandardOpenOption.CREATE_NEW);
            }
        }
    }

    private static void offline(Path dataDir, Path pgData, Path copy, Runnable onConsistent) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDir.resolve("tandem.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new Failure("Tandem is running on " + dataDir.toAbsolutePath() + " but its database is not "
                        + "(it may be starting or restarting). Try again in a few seconds.");
            }
            copyTree(pgData, copy);
            copyFolder(pgData.resolve("pg_wal"), copy.resolve("pg_wal"));
            onConsistent.run();
            System.out.println("Consistent at " + Instant.now() + ": Tandem was not running; the folder was copied.");
        }
    }

    /** Makes {@code newDataDir} a data folder holding the backup; Tandem started on it recovers and runs. */
    public static void restore(Path backup, Path newDataDir) throws IOException {
        Path source = backup.resolve("postgres");
        if (!Files.isRegularFile(backup.resolve(MARKER)) || !Files.isRegularFile(source.resolve("PG_VERSION"))) {
            throw new Failure(backup.toAbsolutePath() + " is not a Tandem backup (no " + MARKER
                    + " and postgres/PG_VERSION).");
        }
        requireEmpty(newDataDir);
        Path target = newDataDir.resolve("postgres");
        Files.createDirectories(target);
        copyFolder(source, target);
        try {
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // PostgreSQL checks this only on POSIX systems
        }
        System.out.println("Restored into " + newDataDir.toAbsolutePath() + ". Start Tandem with TANDEM_DATA_DIR="
                + newDataDir + "; it replays the backup's log before it answers.");
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new Failure(dir.toAbsolutePath() + " is not empty. Give a new folder; nothing was written.");
                }
            }
        }
    }

    /** Copies the data folder as it is now, leaving out what PostgreSQL rebuilds and what comes later. */
    private static void copyTree(Path from, Path to) throws IOException {
        copy(from, to, true);
        Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        copy(from, to, false);
    }

    /**
     * Copies {@code from} into {@code to}; files that vanish meanwhile (a dropped table, a recycled
     * log segment) are skipped: replaying the log recreates what matters.
     */
    private static void copy(Path from, Path to, boolean leaveOutRebuilt) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = from.relativize(dir);
                Files.createDirectories(to.resolve(relative.toString()));
                return leaveOutRebuilt && relative.getNameCount() == 1 && SKIPPED_CONTENTS.contains(relative.toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                boolean skipped = leaveOutRebuilt && SKIPPED_FILES.contains(file.getFileName().toString());
                if (!skipped && attrs.isRegularFile()) {
                    copyIfStillThere(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static void copyIfStillThere(Path file, Path target) throws IOException {
        try {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException gone) {
            // removed while we copied (a dropped table, a recycled log segment)
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A reason to stop, told in one line. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }
}
