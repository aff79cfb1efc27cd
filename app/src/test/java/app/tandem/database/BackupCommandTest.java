package app.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** Finding 6 (no backup path): an online backup taken while writes run restores every acknowledged row. */
class BackupCommandTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    @Test
    void anOnlineBackupTakenDuringWritesRestoresEveryRowAcknowledgedBeforeIt() throws Exception {
        Path data = work.resolve("data");
        Path backup = work.resolve("backup");
        Path restored = work.resolve("restored");
        var acknowledgedAtConsistency = new java.util.concurrent.atomic.AtomicReference<List<Long>>();
        long writtenDuringTheBackup;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, false)) {
            DurableEmbeddedDatabaseTest.execute(db, "create table kept (id bigint primary key, words text)");
            ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong next = new AtomicLong();
            Thread writer = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
                    var insert = c.prepareStatement("insert into kept values (?, repeat('x', 2000))");
                    while (writing.get()) {
                        long id = next.incrementAndGet();
                        insert.setLong(1, id);
                        insert.executeUpdate();
                        acknowledged.add(id);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            Thread.sleep(300);
            long before = acknowledged.size();
            // writes go on meanwhile; what was acknowledged before it is consistent must all be in
            BackupCommand.backup(data, backup, () -> acknowledgedAtConsistency.set(List.copyOf(acknowledged)));
            writtenDuringTheBackup = acknowledgedAtConsistency.get().size() - before;
            Thread.sleep(200);
            writing.set(false);
            writer.join();
        }
        assertThat(writtenDuringTheBackup).as("writes ran while the backup was taken").isPositive();
        assertThat(backup.resolve("postgres/backup_label")).exists();

        BackupCommand.restore(backup, restored);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(restored, false)) {
            assertThat(DurableEmbeddedDatabaseTest.missing(db, acknowledgedAtConsistency.get()))
                    .as("rows acknowledged before the backup was consistent, missing from the restore").isEmpty();
        }
        System.out.printf("backup during writes: %d rows acknowledged before it was consistent (%d during it), all restored%n",
                acknowledgedAtConsistency.get().size(), writtenDuringTheBackup);
    }

    @Test
    void aBackupIsNeverWrittenOverSomethingAndARestoreNeedsABackup() throws Exception {
        Path data = work.resolve("data");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, false)) {
            Path full = Files.createDirectories(work.resolve("full"));
            Files.writeString(full.resolve("keep-me"), "x");
            assertThatThrownBy(() -> BackupCommand.backup(data, full)).hasMessageContaining("is not empty");
        }
        BackupCommand.backup(data, work.resolve("cold")); // not running: a locked copy
        assertThat(work.resolve("cold/" + BackupCommand.MARKER)).exists();
        assertThatThrownBy(() -> BackupCommand.restore(work.resolve("data"), work.resolve("x")))
                .hasMessageContaining("is not a Tandem backup");
    }
}
