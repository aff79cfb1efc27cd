package app.tandem.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A couple that writes bids as fast as a few threads can, through the API, and remembers each
 * bid the server acknowledged (201 with its id). Counts every other answer by status.
 */
final class Writers implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    /** When each acknowledgement reached us: the write was committed before then. */
    final Map<Long, Instant> acknowledgedAt = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    /** Requests that were in flight when {@link #stopSending} was called, and how they ended. */
    final ConcurrentLinkedQueue<String> inFlightEndings = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean(true);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final String token;
    final String partnerToken;

    private Writers(String token, String partnerToken) {
        this.token = token;
        this.partnerToken = partnerToken;
    }

    /** Signs a couple up on {@code base} (two partners, joined). */
    static Writers couple(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String a = partner(http, base, "Robin");
        String b = partner(http, base, "Kai");
        JsonNode couple = post(http, base, "/api/v1/couple", a, "");
        String code = couple.get("invite").get("code").asString();
        post(http, base, "/api/v1/couple/join", b, JSON.writeValueAsString(Map.of("code", code)));
        return new Writers(a, b);
    }

    /** Starts {@code threads} writers, each sending to the base {@code bases.get()} gives it for each request. */
    Writers start(int count, Supplier<String> bases) {
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> loop(bases), "writer-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    private void loop(Supplier<String> bases) {
        while (running.get() && sending.get()) {
            boolean sentWhileSending = sending.get();
            String outcome;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(bases.get() + "/api/v1/bids"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"can we talk tonight?\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                outcome = Integer.toString(response.statusCode());
                if (response.statusCode() == 201) {
                    long id = JSON.readTree(response.body()).get("id").asLong();
                    acknowledgedAt.put(id, Instant.now());
                    acknowledged.add(id);
                }
            } catch (java.io.IOException e) {
                outcome = "io:" + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                return;
            }
            outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            if (sentWhileSending && !sending.get()) {
                inFlightEndings.add(outcome);
            }
            if (!outcome.equals("201")) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** No new requests from now on; those already sent finish. */
    void stopSending() {
        sending.set(false);
    }

    int count(String outcome) {
        AtomicInteger n = outcomes.get(outcome);
        return n == null ? 0 : n.get();
    }

    int serverErrors() {
        return outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("5") && !e.getKey().equals("503"))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** Acknowledged bids the server no longer has. */
    List<Long> missingOn(String base) throws Exception {
        List<Long> missing = new ArrayList<>();
        for (long id : List.copyOf(acknowledged)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/bids/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                missing.add(id);
            }
        }
        return missing;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sending.set(false);
        for (Thread t : threads) {
            t.join(35_000);
        }
    }

    private static String partner(HttpClient http, String base, String name) throws Exception {
        String email = "p" + PEOPLE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
        String password = "a long walk on the beach";
        post(http, base, "/api/v1/partners", null, JSON.writeValueAsString(
                Map.of("email", email, "displayName", name, "password", password)));
        return post(http, base, "/api/v1/tokens", null, JSON.writeValueAsString(
                Map.of("email", email, "password", password))).get("token").asString();
    }

    static JsonNode post(HttpClient http, String base, String path, String token, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }
}
