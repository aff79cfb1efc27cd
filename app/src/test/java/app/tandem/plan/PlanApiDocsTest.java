package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The plan operations say, in the OpenAPI description, which problem details they answer. */
class PlanApiDocsTest extends IntegrationTest {

    @Test
    void planOperationsDeclareTheirProblemDetails() {
        JsonNode paths = api().get("/v3/api-docs", null).body().get("paths");
        Map<String, String[]> declared = Map.of(
                "/api/v1/plans", new String[] {"post", "400"},
                "/api/v1/plans/{id}", new String[] {"get", "404"},
                "/api/v1/plans/{id}/prediction", new String[] {"put", "409"},
                "/api/v1/plans/{id}/signals/{signalId}/seen", new String[] {"post", "404"},
                "/api/v1/plans/{id}/debrief", new String[] {"put", "409"},
                "/api/v1/plans/{id}/agreements/{agreementId}/missed", new String[] {"post", "409"});
        declared.forEach((path, op) -> {
            JsonNode responses = paths.get(path).get(op[0]).get("responses");
            assertThat(responses.has(op[1])).as(path).isTrue();
            assertThat(responses.get(op[1]).get("content").has("application/problem+json")).as(path).isTrue();
            assertThat(responses.propertyNames().stream().anyMatch(code -> code.startsWith("2"))).as(path).isTrue();
        });
    }
}
