package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import java.util.List;
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

    /** Couple A's ids, and couple B's partner's token. */
    record Ids(long coupleA, long agreementVersionA, String tokenB) {}

    private Ids ids;

    @BeforeEach
    void twoCouples() {
        TestPartner[] a = api().aCouple();
        TestPartner[] b = api().aCouple();
        long version = api().post("/api/v1/agreement/versions", a[0].token(), java.util.Map.of("baseNumber", 0,
                "why", "A's why", "commitments", List.of("A's commitment"))).body().get("id").asLong();
        ids = new Ids(api().coupleIdOf(a[0]), version, b[0].token());
    }

    List<Route> routes() {
        return List.of(
                new Route("GET /api/v1/couples/{id}", i -> api().get("/api/v1/couples/" + i.coupleA(), i.tokenB())),
                new Route("GET /api/v1/agreement/versions/{id}",
                        i -> api().get("/api/v1/agreement/versions/" + i.agreementVersionA(), i.tokenB())),
                new Route("POST /api/v1/agreement/versions/{id}/signature",
                        i -> api().post("/api/v1/agreement/versions/" + i.agreementVersionA() + "/signature", i.tokenB(), "")));
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
