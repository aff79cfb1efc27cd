package app.tandem.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real, external PostgreSQL: Debian's {@code postgresql} package, started on the loopback as
 * its own unprivileged user ({@code tandem-pg}, created when the suite runs as root, as CI does:
 * PostgreSQL refuses to run as root).
 */
final class DebianPostgres implements AutoCloseable {

    static final String USER = "tandem-pg";
    final Path bin;
    final Path dir;
    final int port;

    private DebianPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The newest installed server's binaries, if any. */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static DebianPostgres start(Path bin, Path work) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createDirectories(work.resolve("pg"));
        if (root) {
            if (AppProcess.run(List.of("id", USER), AppProcess.env(), new ArrayList<>(), Duration.ofSeconds(10)) != 0) {
                must(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER));
            }
            // the temp folders above ours must let the server's user through
            for (Path p = dir.getParent(); p != null && !p.equals(Path.of("/")); p = p.getParent()) {
                if (p.startsWith(work)) {
                    must(List.of("chmod", "o+x", p.toString()));
                }
            }
            must(List.of("chmod", "o+x", work.toString()));
            must(List.of("chown", USER, dir.toString()));
        }
        int port = AppProcess.freePort();
        Path data = dir.resolve("data");
        must(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-sync"));
        must(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=on", "start"));
        DebianPostgres pg = new DebianPostgres(bin, dir, port);
        pg.sql("postgres", "create database tandem");
        return pg;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void sql(String database, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), "postgres", "")) {
            c.createStatement().execute(statement);
        }
    }

    /** Stops the server at once, as a crash or a lost host would (no checkpoint). */
    void crash() throws Exception {
        must(as(isRoot(), bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                "-w", "stop"));
    }

    void restart() throws Exception {
        must(as(isRoot(), bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "start"));
    }

    /** Runs one of the server's client tools (pg_dump, pg_restore) against it. */
    List<String> tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin.resolve(name).toString(), "-h", "127.0.0.1",
                "-p", Integer.toString(port), "-U", "postgres"));
        command.addAll(List.of(args));
        List<String> out = new ArrayList<>();
        int exit = AppProcess.run(command, AppProcess.env(), out, Duration.ofSeconds(120));
        assertThat(exit).as(name + ": " + out).isZero();
        return out;
    }

    @Override
    public void close() throws Exception {
        AppProcess.run(as(isRoot(), bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                "-w", "stop"), AppProcess.env(), new ArrayList<>(), Duration.ofSeconds(60));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> as(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void must(List<String> command) throws Exception {
        List<String> out = new ArrayList<>();
        int exit = AppProcess.run(command, AppProcess.env(), out, Duration.ofSeconds(120));
        if (exit != 0) {
            throw new IllegalStateException(command + " exited " + exit + ": " + String.join("\n", out));
        }
    }
}
