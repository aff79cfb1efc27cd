package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A partner of couple B gets 404 — never 403, never the data — on every one of couple A's
 * resources. Every feature adds its couple-scoped routes to {@link #routes()}.
 */
class CrossCoupleAuthorizationTest extends IntegrationTest {

    /** A route into couple A's things, called by a partner of couple B. */
    record Route(String name, Function<Ids, Response> call) {}

    /** Couple A's ids (an agreement version, a sent need, a draft, an open bid), and couple B's partner's token. */
    record Ids(long coupleA, long agreementVersionA, long needA, long draftA, long bidA, String tokenB) {}

    private Ids ids;

    @BeforeEach
    void twoCouples() {
        TestPartner[] a = api().aCouple();
        TestPartner[] b = api().aCouple();
        long version = api().post("/api/v1/agreement/versions", a[0].token(), java.util.Map.of("baseNumber", 0,
                "why", "A's why", "commitments", List.of("A's commitment"))).body().get("id").asLong();
        long need = api().post("/api/v1/needs", a[0].token(), Map.of("feeling", "calm", "because", "it is Sunday",
                "need", "a walk with you at four", "send", true)).body().get("id").asLong();
        long draft = api().post("/api/v1/needs", a[0].token(), Map.of("feeling", "tired")).body().get("id").asLong();
        long bid = api().post("/api/v1/bids", a[0].token(), Map.of("text", "Tea?")).body().get("id").asLong();
        ids = new Ids(api().coupleIdOf(a[0]), version, need, draft, bid, b[0].token());
    }

    List<Route> routes() {
        return List.of(
                new Route("GET /api/v1/couples/{id}", i -> api().get("/api/v1/couples/" + i.coupleA(), i.tokenB())),
                new Route("GET /api/v1/agreement/versions/{id}",
                        i -> api().get("/api/v1/agreement/versions/" + i.agreementVersionA(), i.tokenB())),
                new Route("POST /api/v1/agreement/versions/{id}/signature",
                        i -> api().post("/api/v1/agreement/versions/" + i.agreementVersionA() + "/signature", i.tokenB(), "")),
                new Route("GET /api/v1/needs/{id}", i -> api().get("/api/v1/needs/" + i.needA(), i.tokenB())),
                new Route("GET /api/v1/needs/{draft}", i -> api().get("/api/v1/needs/" + i.draftA(), i.tokenB())),
                new Route("PUT /api/v1/needs/{draft}", i -> api().put("/api/v1/needs/" + i.draftA(), i.tokenB(),
                        Map.of("feeling", "x"))),
                new Route("DELETE /api/v1/needs/{draft}", i -> api().delete("/api/v1/needs/" + i.draftA(), i.tokenB())),
                new Route("POST /api/v1/needs/{draft}/send", i -> needAction(i.draftA(), "send", i, "")),
                new Route("POST /api/v1/needs/{id}/reflection", i -> needAction(i.needA(), "reflection", i,
                        Map.of("text", "What I hear is"))),
                new Route("POST /api/v1/needs/{id}/reflection/confirm", i -> needAction(i.needA(), "reflection/confirm", i, "")),
                new Route("POST /api/v1/needs/{id}/reflection/clarify", i -> needAction(i.needA(), "reflection/clarify", i,
                        Map.of("text", "More"))),
                new Route("POST /api/v1/needs/{id}/answer", i -> needAction(i.needA(), "answer", i, Map.of("kind", "yes"))),
                new Route("POST /api/v1/needs/{id}/follow-through", i -> needAction(i.needA(), "follow-through", i,
                        Map.of("outcome", "met"))),
                new Route("POST /api/v1/needs/{id}/thanks", i -> needAction(i.needA(), "thanks", i, Map.of("text", "Thanks"))),
                new Route("GET /api/v1/bids/{id}", i -> api().get("/api/v1/bids/" + i.bidA(), i.tokenB())),
                new Route("POST /api/v1/bids/{id}/response", i -> api().post("/api/v1/bids/" + i.bidA() + "/response",
                        i.tokenB(), Map.of("response", "toward"))));
    }

    private Response needAction(long id, String action, Ids ids, Object body) {
        return api().post("/api/v1/needs/" + id + "/" + action, ids.tokenB(), body);
    }

    @TestFactory
    List<DynamicTest> anotherCouplesResourcesAreNotFound() {
        return routes().stream()
                .map(route -> DynamicTest.dynamicTest(route.name(), () -> {
                    Response response = route.call().apply(ids);
                    assertThat(response.status()).as(route.name()).isEqualTo(404);
                    assertThat(response.raw().body()).as(route.name()).doesNotContain("Robin").doesNotContain("Kai")
                            .doesNotContain("A's why");
                }))
                .toList();
    }
}
