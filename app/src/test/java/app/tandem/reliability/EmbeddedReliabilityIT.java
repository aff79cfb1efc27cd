package app.tandem.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database under the failures an operator meets, on the built jar, with a couple
 * writing bids all along (findings 1, 2, 3, 6 and 10):
 * <ol>
 * <li>kill -9 of the PostgreSQL postmaster: the app starts it again, nothing acknowledged is lost;</li>
 * <li>kill -9 of the JVM: the next start cleans up, nothing acknowledged is lost;</li>
 * <li>an online backup while writes run;</li>
 * <li>SIGTERM under load: every request in flight is answered, the stop exits 0;</li>
 * <li>the backup restored into a fresh folder starts and holds every row acknowledged before it.</li>
 * </ol>
 * The numbers it prints are the ones in docs/benchmarks.md.
 */
class EmbeddedReliabilityIT {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    @Test
    void nothingAcknowledgedIsLostAndNothingHangs() throws Exception {
        Path data = work.resolve("data");
        Path logs = Path.of("target/reliability");
        AtomicReference<String> base = new AtomicReference<>();
        List<Long> acknowledgedBeforeBackup;
        Writers writers;

        AppProcess first = AppProcess.start(logs, "embedded-1", AppProcess.env("TANDEM_DATA_DIR", data.toString()));
        try {
            base.set(first.base());
            writers = Writers.couple(first.base()).start(4, base::get);
            Thread.sleep(1500);

            // 1. kill -9 of the postmaster
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
            int beforeKill = writers.acknowledged.size();
            long killedAt = System.nanoTime();
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            List<Probe> probes = probeWhileDown(first, writers.token);
            awaitStatus(first, "/actuator/health/readiness", 200, Duration.ofSeconds(60));
            Duration dbBack = Duration.ofNanos(System.nanoTime() - killedAt);
            Thread.sleep(1000);
            assertThat(writers.acknowledged.size()).as("writes go on after the restart").isGreaterThan(beforeKill);
            assertThat(writers.missingOn(first.base())).as("acknowledged, then lost with the postmaster").isEmpty();
            for (Probe p : probes) {
                assertThat(p.millis).as(p.path + " answers within a few seconds").isLessThan(5_000);
                assertThat(p.status).as(p.path + " is 200 or 503, never a hang or 500").isIn(200, 401, 503);
            }
            System.out.printf("RELIABILITY postmaster kill -9: ready again after %d ms; %d writes acknowledged, 0 lost; "
                    + "probes while down: %s%n", dbBack.toMillis(), writers.acknowledged.size(), probes);

            // 2. kill -9 of the JVM
            Thread.sleep(1000);
            first.killJvm();
        } finally {
            first.close();
        }
        long restartedAt = System.nanoTime();
        AppProcess second = AppProcess.start(logs, "embedded-2", AppProcess.env("TANDEM_DATA_DIR", data.toString()));
        try {
            Duration appBack = Duration.ofNanos(System.nanoTime() - restartedAt);
            base.set(second.base());
            assertThat(writers.missingOn(second.base())).as("acknowledged, then lost with the JVM").isEmpty();
            System.out.printf("RELIABILITY JVM kill -9: the next start was ready after %d ms; %d writes acknowledged, "
                    + "0 lost%n", appBack.toMillis(), writers.acknowledged.size());
            Thread.sleep(1000);

            // finding 5: a second instance on the same folder, and a folder that is a file: the cause
            // and what to do, no stack trace
            startUpRefusal(logs, "second-instance", data, "Another Tandem is already running");
            startUpRefusal(logs, "folder-is-a-file", Files.writeString(work.resolve("a-file"), "x"),
                    "is a file, not a folder");

            // 3. online backup while writes run
            acknowledgedBeforeBackup = backup(data, work.resolve("backup"), writers);

            // RSS under load (the JVM, and the embedded PostgreSQL's processes): the 4 writers, plus
            // 24 clients signing in (Argon2id, 16 MiB each) and exporting, for 8 s, on the default heap
            long jvmPid = second.jvm().pid();
            long[] peak = heavyLoad(second, writers.token, Duration.ofSeconds(8), jvmPid, data);
            System.out.printf("RELIABILITY RSS under load (4 writers, 18 clients signing in, 6 exporting): JVM peak "
                    + "%d MiB, PostgreSQL processes %d MiB (RSS, shared buffers counted per process); %d requests, "
                    + "%d answered 503 busy, %d 5xx other%n", peak[0] / 1024, peak[1] / 1024, peak[2], peak[3], peak[4]);
            assertThat(second.isAlive()).as("the heavy load did not end the JVM").isTrue();
            assertThat(peak[4]).as("5xx other than 503 under heavy load").isZero();

            // 4. SIGTERM under load
            int inFlightBefore = writers.acknowledged.size();
            Thread exports = exportsWhileStopping(second, writers.token);
            long stopAt = System.nanoTime();
            int exit = stopUnderLoad(second, writers);
            exports.join(30_000);
            long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopAt);
            List<String> failed = writers.inFlightEndings.stream().filter(o -> !o.startsWith("2")).toList();
            System.out.printf("RELIABILITY SIGTERM under load: stopped in %d ms, exit %d; %d requests in flight, "
                    + "%d failed: %s%n", stopMillis, exit, writers.inFlightEndings.size(), failed.size(), failed);
            assertThat(exit).as("a normal stop is a success").isZero();
            assertThat(writers.inFlightEndings).as("requests were in flight at SIGTERM").isNotEmpty();
            assertThat(failed).as("requests in flight at SIGTERM that failed").isEmpty();
            assertThat(writers.acknowledged.size()).isGreaterThan(inFlightBefore);
            assertThat(second.logText()).doesNotContain("Could not stop postmaster");
        } finally {
            second.close();
            writers.close();
        }

        AppProcess third = AppProcess.start(logs, "embedded-3", AppProcess.env("TANDEM_DATA_DIR", data.toString()));
        try {
            assertThat(writers.missingOn(third.base())).as("acknowledged before SIGTERM, then lost").isEmpty();
            assertThat(writers.serverErrors()).as("5xx other than 503 during the whole run").isZero();
        } finally {
            third.stop(Duration.ofSeconds(60));
        }

        // 5. the backup, restored into a fresh folder
        Path restored = work.resolve("restored");
        List<String> out = new ArrayList<>();
        assertThat(AppProcess.run(List.of(AppProcess.ROOT.resolve("bin/restore").toString(),
                work.resolve("backup").toString(), restored.toString()), AppProcess.env(), out, Duration.ofSeconds(120)))
                .as(String.join("\n", out)).isZero();
        AppProcess fromBackup = AppProcess.start(logs, "embedded-restored",
                AppProcess.env("TANDEM_DATA_DIR", restored.toString()));
        try {
            List<Long> missing = missingAmong(fromBackup, writers.token, acknowledgedBeforeBackup);
            System.out.printf("RELIABILITY backup during writes: %d rows acknowledged before it was consistent, "
                    + "%d missing after restore%n", acknowledgedBeforeBackup.size(), missing.size());
            assertThat(missing).as("acknowledged before the backup, missing from the restore").isEmpty();
        } finally {
            fromBackup.stop(Duration.ofSeconds(60));
        }
    }

    private static void startUpRefusal(Path logs, String name, Path dataDir, String cause) throws Exception {
        try (AppProcess refused = AppProcess.launch(logs, name, AppProcess.env("TANDEM_DATA_DIR", dataDir.toString()))) {
            int exit = refused.waitForExit(Duration.ofSeconds(120));
            String output = refused.logText();
            assertThat(exit).as(output).isNotZero();
            assertThat(output).contains(cause).contains("TANDEM_DATA_DIR").doesNotContain("\tat ")
                    .doesNotContain("Exception");
        }
    }

    record Probe(String path, int status, long millis) {
        @Override
        public String toString() {
            return path + " " + status + " in " + millis + " ms";
        }
    }

    /** Pages and API calls right after the database died: each must answer, fast. */
    private static List<Probe> probeWhileDown(AppProcess app, String token) throws Exception {
        List<Probe> probes = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpClient http = HttpClient.newHttpClient();
        List<Thread> threads = new ArrayList<>();
        for (String path : List.of("/sign-in", "/", "/api/v1/bids", "/actuator/health/readiness")) {
            Thread t = new Thread(() -> {
                long start = System.nanoTime();
                try {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path))
                            .timeout(Duration.ofSeconds(20));
                    if (path.startsWith("/api")) {
                        request.header("Authorization", "Bearer " + token);
                    }
                    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    probes.add(new Probe(path, r.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
                } catch (Exception e) {
                    probes.add(new Probe(path, -1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return probes;
    }

    private static void awaitStatus(AppProcess app, String path, int status, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (app.get(path).statusCode() == status) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // keep asking
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + atMost + "\n" + app.tail(30));
    }

    /** bin/backup while the writers write; the rows acknowledged before the time it says it was consistent at. */
    private static List<Long> backup(Path data, Path target, Writers writers) throws Exception {
        Process backup = new ProcessBuilder(AppProcess.ROOT.resolve("bin/backup").toString(), data.toString(),
                target.toString()).redirectErrorStream(true).start();
        List<Long> before = null;
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = backup.inputReader()) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("Consistent at ") && before == null) {
                    // Acknowledged before the line was printed, not before we read it: the backup
                    // copies the log on after printing, and a write in between may miss the copy.
                    Instant at = Instant.parse(line.substring("Consistent at ".length(), line.indexOf(": ")));
                    before = writers.acknowledgedAt.entrySet().stream().filter(e -> e.getValue().isBefore(at))
                            .map(Map.Entry::getKey).sorted().toList();
                }
            }
        }
        assertThat(backup.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(backup.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(before).as("the backup says when it is consistent: " + lines).isNotNull();
        return before;
    }

    /** Peak JVM RSS, PostgreSQL RSS, requests, 503s, other 5xx. */
    private static long[] heavyLoad(AppProcess app, String token, Duration length, long jvmPid, Path data)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String email = "load-" + System.nanoTime() + "@example.org";
        Writers.post(http, app.base(), "/api/v1/partners", null, "{\"email\":\"" + email
                + "\",\"displayName\":\"Sam\",\"password\":\"a long walk on the beach\"}");
        java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong busy = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean signIn = i % 4 != 0; // 18 signing in, 6 exporting (an export holds the couple's history)
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpRequest request = signIn
                                ? HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/tokens"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                                                + "\",\"password\":\"a long walk on the beach\"}")).build()
                                : HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/me/export"))
                                        .header("Authorization", "Bearer " + token).build();
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        requests.incrementAndGet();
                        if (status == 503) {
                            busy.incrementAndGet();
                        } else if (status >= 500) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        long jvm = 0;
        long pg = 0;
        while (System.nanoTime() < end) {
            jvm = Math.max(jvm, app.rssKiB(jvmPid));
            pg = Math.max(pg, postgresRssKiB(app, data));
            Thread.sleep(250);
        }
        for (Thread t : clients) {
            t.join(30_000);
        }
        return new long[] {jvm, pg, requests.get(), busy.get(), errors.get()};
    }

    private static Thread exportsWhileStopping(AppProcess app, String token) {
        Thread t = new Thread(() -> {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 3; i++) {
                try {
                    http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/me/export"))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                } catch (Exception stopped) {
                    return;
                }
            }
        });
        t.start();
        return t;
    }

    private static int stopUnderLoad(AppProcess app, Writers writers) throws Exception {
        int[] exit = new int[1];
        // SIGTERM first, then no new requests: what was sent before the signal is in flight.
        Thread signal = new Thread(() -> {
            try {
                exit[0] = app.stop(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        signal.start();
        Thread.sleep(5);
        writers.stopSending();
        signal.join();
        return exit[0];
    }

    private static List<Long> missingAmong(AppProcess app, String token, List<Long> ids) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            var r = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/bids/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** The postmaster of {@code data} and its children (RSS counts their shared buffers more than once). */
    private static long postgresRssKiB(AppProcess app, Path data) throws java.io.IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        return app.rssKiB(pid) + postmaster.children().mapToLong(p -> app.rssKiB(p.pid())).sum();
    }
}
