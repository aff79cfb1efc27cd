package app.tandem.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes on one real PostgreSQL (Debian's), all on the loopback: they share tokens and
 * throttle counts; one node's kill -9 loses nothing; while the database is down every page and
 * API call answers 503 within seconds and readiness says so, and both recover when it is back;
 * pg_dump / pg_restore (the documented path for an external database) taken during writes
 * restores every row acknowledged before it began. Findings 2, 6 and 8 across nodes.
 */
class ExternalPostgresIT {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    @Test
    void twoNodesOnOnePostgres() throws Exception {
        var bin = DebianPostgres.binaries();
        if (System.getenv("CI") == null) {
            assumeThat(bin).as("Debian's postgresql package (apt-get install postgresql)").isPresent();
        }
        assertThat(bin).as("CI installs Debian's postgresql package (.ci/run)").isPresent();
        Path logs = Path.of("target/reliability");
        try (DebianPostgres pg = DebianPostgres.start(bin.get(), work)) {
            Map<String, String> env = AppProcess.env("TANDEM_DATABASE_URL", pg.jdbcUrl("tandem"),
                    "TANDEM_DATABASE_USER", "postgres", "TANDEM_DATABASE_PASSWORD", "",
                    "TANDEM_DATA_DIR", work.resolve("unused").toString());
            AppProcess a = AppProcess.start(logs, "node-a", env);
            AppProcess b = AppProcess.start(logs, "node-b", env);
            try {
                AtomicReference<List<String>> bases = new AtomicReference<>(List.of(a.base(), b.base()));
                AtomicInteger turn = new AtomicInteger();
                Writers writers = Writers.couple(a.base())
                        .start(4, () -> bases.get().get(Math.floorMod(turn.getAndIncrement(), bases.get().size())));
                try {
                    // a token from node A works on node B
                    assertThat(status(b, "/api/v1/me", writers.token)).isEqualTo(200);
                    throttleCountsAreShared(a, b);
                    Thread.sleep(1500);

                    // pg_dump while the writes run, into a new database, started on by a third node below
                    List<Long> beforeDump = List.copyOf(writers.acknowledged);
                    Path dump = work.resolve("tandem.dump");
                    pg.tool("pg_dump", "-Fc", "-d", "tandem", "-f", dump.toString());
                    pg.sql("postgres", "create database tandem_restored");
                    pg.tool("pg_restore", "-d", "tandem_restored", "--no-owner", dump.toString());

                    // kill -9 of node A: node B carries on
                    a.killJvm();
                    bases.set(List.of(b.base()));
                    int before = writers.acknowledged.size();
                    Thread.sleep(1500);
                    assertThat(writers.acknowledged.size()).as("node B goes on writing").isGreaterThan(before);

                    // the database goes away: fast 503s, readiness down; then it comes back
                    pg.crash();
                    for (String path : List.of("/sign-in", "/", "/api/v1/bids", "/actuator/health/readiness")) {
                        long start = System.nanoTime();
                        HttpResponse<String> r = send(b, path, path.startsWith("/api") ? writers.token : null);
                        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        System.out.printf("RELIABILITY external database down: %s answered %d in %d ms%n", path,
                                r.statusCode(), millis);
                        assertThat(r.statusCode()).as(path + " while the database is down").isEqualTo(503);
                        assertThat(millis).as(path + " answers within a few seconds").isLessThan(5_000);
                        if (path.startsWith("/api")) {
                            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                                    .startsWith("application/problem+json");
                            assertThat(r.body()).contains("cannot reach its database");
                        } else if (!path.startsWith("/actuator")) {
                            assertThat(r.body()).contains("cannot reach its database").doesNotContain("is safe");
                        }
                    }
                    pg.restart();
                    long back = System.nanoTime();
                    while (status(b, "/actuator/health/readiness", null) != 200) {
                        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(30));
                        Thread.sleep(100);
                    }
                    int afterOutage = writers.acknowledged.size();
                    Thread.sleep(1500);
                    assertThat(writers.acknowledged.size()).as("writes resume").isGreaterThan(afterOutage);
                    writers.close();
                    assertThat(writers.missingOn(b.base())).as("acknowledged, then lost").isEmpty();
                    assertThat(writers.serverErrors()).as("5xx other than 503").isZero();
                    System.out.printf("RELIABILITY two nodes: %d writes acknowledged, 0 lost; outcomes %s%n",
                            writers.acknowledged.size(), writers.outcomes);

                    // the pg_dump, restored: every row acknowledged before it began
                    Map<String, String> restoredEnv = new java.util.HashMap<>(env);
                    restoredEnv.put("TANDEM_DATABASE_URL", pg.jdbcUrl("tandem_restored"));
                    try (AppProcess c = AppProcess.start(logs, "node-restored", restoredEnv)) {
                        List<Long> missing = new ArrayList<>();
                        for (long id : beforeDump) {
                            if (status(c, "/api/v1/bids/" + id, writers.token) != 200) {
                                missing.add(id);
                            }
                        }
                        System.out.printf("RELIABILITY pg_dump during writes: %d rows acknowledged before it, %d missing "
                                + "after pg_restore%n", beforeDump.size(), missing.size());
                        assertThat(missing).isEmpty();
                        assertThat(c.stop(Duration.ofSeconds(60))).isZero();
                    }
                } finally {
                    writers.close();
                }
                assertThat(b.stop(Duration.ofSeconds(60))).as("a normal stop is a success").isZero();
            } finally {
                a.close();
                b.close();
            }
        }
    }

    private static void throttleCountsAreShared(AppProcess a, AppProcess b) throws Exception {
        String email = "shared-" + System.nanoTime() + "@example.org";
        String body = "{\"email\":\"" + email + "\",\"displayName\":\"Sam\",\"password\":\"a long walk on the beach\"}";
        Writers.post(HttpClient.newHttpClient(), a.base(), "/api/v1/partners", null, body);
        for (int i = 0; i < 5; i++) {
            AppProcess node = i % 2 == 0 ? a : b;
            assertThat(tokenStatus(node, email, "wrong " + i)).isEqualTo(401);
        }
        assertThat(tokenStatus(b, email, "wrong again")).as("five failures across two nodes").isEqualTo(429);
        assertThat(tokenStatus(a, email, "wrong again")).isEqualTo(429);
    }

    private static int tokenStatus(AppProcess node, String email, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int status(AppProcess node, String path, String token) throws Exception {
        return send(node, path, token).statusCode();
    }

    private static HttpResponse<String> send(AppProcess node, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
