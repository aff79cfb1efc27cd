package app.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data across restarts and survives a run killed with kill -9. */
class EmbeddedDatabaseTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void dataIsKeptAcrossRestarts() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            execute(db, "create table kept (word text)", "insert into kept values ('still here')");
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            assertThat(query(db, "select word from kept")).isEqualTo("still here");
        }
    }

    @Test
    void aRunKilledWithKill9DoesNotKeepTheNextRunFromStarting() throws Exception {
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // the child's log lines
            }
            assertThat(line).as("the child run started its database").isEqualTo("READY");
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());

        child.destroyForcibly(); // SIGKILL: no shutdown hooks, the PostgreSQL server is orphaned
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("orphaned server").hasValue(true);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            assertThat(query(db, "select word from kept")).isEqualTo("written before kill -9");
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aSecondRunOnTheSameDataFolderIsToldWhy() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Tandem is already running");
        }
    }

    @Test
    void aStalePidFileWithoutAServerIsIgnored() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            execute(db, "create table kept (word text)", "insert into kept values ('fine')");
        }
        Files.writeString(dataDir.resolve("postgres/postmaster.pid"), "999999\n" + dataDir + "\n");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false)) {
            assertThat(query(db, "select word from kept")).isEqualTo("fine");
        }
    }

    /** Runs in a child JVM: starts the database, writes a row, says READY, waits to be killed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), false);
            execute(db, "create table kept (word text)", "insert into kept values ('written before kill -9')");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws Exception {
        try (var c = DriverManager.getConnection(db.jdbcUrl()); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String query(EmbeddedDatabase db, String sql) throws Exception {
        try (var c = DriverManager.getConnection(db.jdbcUrl()); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
