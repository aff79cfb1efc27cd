package app.tandem.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running app's JSON API over real HTTP, as a client would. */
public final class TestApi {

    /** A partner with an account and a bearer token. */
    public record TestPartner(long id, String email, String displayName, String password, String token) {}

    /** An HTTP answer: status, headers and the body as JSON (null when empty). */
    public record Response(int status, HttpResponse<String> raw, JsonNode body) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public static final String PASSWORD = "a long walk on the beach";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public TestApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    public Response delete(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json").method("DELETE",
                HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    /** Signs a new partner up and gets them a token. */
    public TestPartner aPartner(String displayName) {
        String email = "p" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Response created = post("/api/v1/partners", null,
                Map.of("email", email, "displayName", displayName, "password", PASSWORD));
        if (created.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + created.raw().body());
        }
        return new TestPartner(created.body().get("id").asLong(), email, displayName, PASSWORD, tokenFor(email, PASSWORD));
    }

    public String tokenFor(String email, String password) {
        Response token = post("/api/v1/tokens", null, Map.of("email", email, "password", password));
        if (token.status() != 201) {
            throw new IllegalStateException("token failed: " + token.status());
        }
        return token.body().get("token").asString();
    }

    public long coupleIdOf(TestPartner partner) {
        return get("/api/v1/couple", partner.token()).body().get("id").asLong();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() || !body.trim().startsWith("{") && !body.trim().startsWith("[")
                    ? null : JSON.readTree(body);
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
