package app.tandem.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tandem as an operator runs it: the built jar through {@code bin/serve}, in its own process,
 * on a loopback port. Lets a test kill it, stop it and read its log.
 */
final class AppProcess implements AutoCloseable {

    static final Path ROOT = locateRoot();
    static final Path JAR = ROOT.resolve("app/target/tandem.jar");

    final int port;
    final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AppProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with {@code env} (plus a free port) and waits until it is ready. */
    static AppProcess start(Path logDir, String name, Map<String, String> env) throws Exception {
        AppProcess app = launch(logDir, name, env);
        app.awaitReady(Duration.ofSeconds(120));
        return app;
    }

    static AppProcess launch(Path logDir, String name, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No " + JAR + ": the reliability suite runs after package (mvn verify)");
        }
        int port = freePort();
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("bin/serve").toString(),
                "--logging.level.root=warn", "--logging.level.app.tandem=info")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("PORT", Integer.toString(port));
        environment.put("TANDEM_JAR", JAR.toString());
        environment.putAll(env);
        return new AppProcess(port, log, builder.start());
    }

    void awaitReady(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tandem exited with " + process.exitValue() + ":\n" + tail(40));
            }
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Tandem was not ready within " + atMost + ":\n" + tail(40));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The Java process (bin/serve's child), found by its parent. */
    ProcessHandle jvm() {
        return process.toHandle().children().findFirst().orElseThrow(() -> new IllegalStateException("no JVM"));
    }

    long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException gone) {
            return 0;
        }
        return 0;
    }

    /** SIGTERM to bin/serve (as a service manager sends it); returns its exit code. */
    int stop(Duration atMost) throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("Tandem did not stop within " + atMost);
        }
        return process.exitValue();
    }

    /** SIGKILL to the JVM: no shutdown hooks run; the embedded PostgreSQL is orphaned. */
    void killJvm() throws Exception {
        ProcessHandle jvm = jvm();
        jvm.destroyForcibly();
        jvm.onExit().get(30, TimeUnit.SECONDS);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitForExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("Tandem did not exit within " + atMost + ":\n" + tail(20));
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.toHandle().children().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Map<String, String> env(String... pairs) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    /** Runs a command to its end; returns its exit code, its output in {@code out}. */
    static int run(List<String> command, Map<String, String> env, List<String> out, Duration atMost)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        Thread reader = new Thread(() -> {
            try (var lines = p.inputReader().lines()) {
                lines.forEach(l -> {
                    synchronized (out) {
                        out.add(l);
                    }
                });
            }
        });
        reader.start();
        if (!p.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + atMost + ": " + out);
        }
        reader.join();
        return p.exitValue();
    }

    private static Path locateRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bin/serve")) && Files.isDirectory(p.resolve("app"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the project root from " + here);
    }
}
