package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The practice operations say, in the OpenAPI description, which problem details they answer. */
class PracticeApiDocsTest extends IntegrationTest {

    @Test
    void practiceOperationsDeclareTheirProblemDetails() {
        JsonNode paths = api().get("/v3/api-docs", null).body().get("paths");

        Map<String, String[]> declared = Map.of(
                "/api/v1/check-ins", new String[] {"post", "400"},
                "/api/v1/check-ins/{id}", new String[] {"get", "404"},
                "/api/v1/leaning", new String[] {"put", "400"},
                "/api/v1/practice/small-asks", new String[] {"post", "409"},
                "/api/v1/appreciations/{id}", new String[] {"get", "404"},
                "/api/v1/state-of-us/{id}/turns", new String[] {"post", "409"});
        declared.forEach((path, op) -> {
            JsonNode responses = paths.get(path).get(op[0]).get("responses");
            assertThat(responses.has(op[1])).as(path).isTrue();
            assertThat(responses.get(op[1]).get("content").has("application/problem+json")).as(path).isTrue();
            assertThat(responses.propertyNames().stream().anyMatch(code -> code.startsWith("2"))).as(path).isTrue();
        });
    }
}
