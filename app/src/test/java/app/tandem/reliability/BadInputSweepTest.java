package app.tandem.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding 7: every operation the OpenAPI description lists (read from /v3/api-docs, so a new
 * endpoint is swept without anyone remembering to), sent bad input: malformed ids in the path
 * ({@code %00}, {@code %2e%2e%2f}, too large, negative, not a number), and bodies with NUL,
 * other control characters, unpaired surrogates, wrong types, too much text, malformed JSON
 * and none at all, signed in and not. No answer may be a 5xx, and every error under /api is a
 * problem detail.
 */
class BadInputSweepTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> BAD_IDS = List.of("%00", "%2e%2e%2f", "..%2f..%2fetc", "99999999999999999999999",
            "-1", "abc", "%F0%9F", "1%0d%0aX-Injected:%201");
    private static final List<Object> BAD_STRINGS = List.of("nul\u0000inside", "bell\u0007and\u001bescape",
            "half \ud83d of a pair", "\udc00", "c1\u0085control", "", "   ", "x".repeat(20_000));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noOperationAnswersAServerErrorToBadInput() throws Exception {
        TestCouple couple = aCouple();
        String token = couple.robin().token();
        JsonNode docs = JSON.readTree(api().get("/v3/api-docs", null).raw().body());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").properties().iterator(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (method.equals("PARAMETERS")) {
                    continue;
                }
                operations++;
                sweep(docs, method, path.getKey(), op.getValue(), token);
            }
        }
        System.out.printf("bad-input sweep: %d operations, %d requests, %d failures%n", operations, sent, failures.size());
        assertThat(operations).as("operations in /v3/api-docs").isGreaterThan(30);
        assertThat(failures).as("answers that were a 5xx or not a problem detail").isEmpty();
    }

    private void sweep(JsonNode docs, String method, String template, JsonNode op, String token) throws Exception {
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        boolean hasBody = !schema.isMissingNode();
        String goodPath = template.replaceAll("\\{[^}]+}", "1");
        String goodBody = hasBody ? JSON.writeValueAsString(sample(docs, schema, "words", 0)) : null;

        for (String bad : BAD_IDS) {
            if (template.contains("{")) {
                send(method, template.replaceAll("\\{[^}]+}", bad), goodBody, token);
            }
        }
        send(method, goodPath + "?page=%00&open=maybe&kind=%ff", goodBody, token);
        send(method, goodPath, goodBody, null);
        if (!hasBody) {
            return;
        }
        for (Object bad : BAD_STRINGS) {
            send(method, goodPath, JSON.writeValueAsString(sample(docs, schema, bad, 0)), token);
        }
        send(method, goodPath, JSON.writeValueAsString(sample(docs, schema, Map.of("nested", 1), 0)), token);
        send(method, goodPath, JSON.writeValueAsString(sample(docs, schema, 12345, 0)), token);
        send(method, goodPath, "{\"text\":\"" + "y".repeat(400_000) + "\"}", token); // larger than any body we take
        send(method, goodPath, "{\"unclosed\": ", token);
        send(method, goodPath, "[]", token);
        send(method, goodPath, "null", token);
        send(method, goodPath, "", token);
        send(method, goodPath, "{\"a\":\"\\u0000\"}", token);
    }

    /** A body of the operation's shape with {@code value} in every string (and every other leaf). */
    private static Object sample(JsonNode docs, JsonNode schema, Object value, int depth) {
        JsonNode resolved = resolve(docs, schema);
        if (depth > 3) {
            return value;
        }
        String type = resolved.path("type").asString("object");
        if (type.equals("array")) {
            return List.of(sample(docs, resolved.path("items"), value, depth + 1));
        }
        if (resolved.has("properties")) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> p : resolved.get("properties").properties()) {
                body.put(p.getKey(), sample(docs, p.getValue(), value, depth + 1));
            }
            return body;
        }
        return value;
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private void send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api().base() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        sent++;
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String what = method + " " + path.substring(0, Math.min(path.length(), 80)) + " "
                + (body == null ? "" : body.substring(0, Math.min(body.length(), 60))) + (token == null ? " (anonymous)" : "");
        if (status >= 500) {
            failures.add(status + " for " + what);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(status + " not a problem detail (" + type + ") for " + what);
        }
    }
}
