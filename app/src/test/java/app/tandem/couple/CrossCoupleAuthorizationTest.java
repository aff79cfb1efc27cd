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

    /** Couple A's ids (a sent need, a draft, an open bid, an agreement version), and couple B's partner's token. */
    record Ids(long coupleA, long needA, long draftA, long bidA, long agreementVersionA, long hurtA, long reminderA,
            long pauseA, String tokenB) {}

    private Ids ids;

    @BeforeEach
    void twoCouples() {
        TestPartner[] a = api().aCouple();
        TestPartner[] b = api().aCouple();
        long need = api().post("/api/v1/needs", a[0].token(), Map.of("feeling", "calm", "because", "it is Sunday",
                "need", "a walk with you at four", "send", true)).body().get("id").asLong();
        long draft = api().post("/api/v1/needs", a[0].token(), Map.of("feeling", "tired")).body().get("id").asLong();
        long bid = api().post("/api/v1/bids", a[0].token(), Map.of("text", "Tea?")).body().get("id").asLong();
        long version = api().post("/api/v1/agreement/versions", a[0].token(), Map.of("baseNumber", 0,
                "why", "A's why", "commitments", List.of("A's commitment"))).body().get("id").asLong();
        api().post("/api/v1/agreement/versions/" + version + "/signature", a[1].token(), "");
        long hurt = api().post("/api/v1/hurts", a[0].token(), Map.of("whatHappened", "A's hurt", "howIFelt", "sad"))
                .body().get("id").asLong();
        long reminder = api().post("/api/v1/reminders", a[0].token(), Map.of("commitment", "A's commitment",
                "message", "A's reminder")).body().get("id").asLong();
        long pause = api().post("/api/v1/pauses", a[1].token(), Map.of("thread", "hurt", "threadId", hurt))
                .body().get("id").asLong();
        ids = new Ids(api().coupleIdOf(a[0]), need, draft, bid, version, hurt, reminder, pause, b[0].token());
    }

    List<Route> routes() {
        return List.of(
                new Route("GET /api/v1/couples/{id}", i -> api().get("/api/v1/couples/" + i.coupleA(), i.tokenB())),
                new Route("GET /api/v1/agreement/versions/{id}",
                        i -> api().get("/api/v1/agreement/versions/" + i.agreementVersionA(), i.tokenB())),
                new Route("POST /api/v1/agreement/versions/{id}/signature",
                        i -> api().post("/api/v1/agreement/versions/" + i.agreementVersionA() + "/signature", i.tokenB(), "")),
                new Route("GET /api/v1/hurts/{id}", i -> api().get("/api/v1/hurts/" + i.hurtA(), i.tokenB())),
                new Route("POST /api/v1/hurts/{id}/repairs", i -> api().post("/api/v1/hurts/" + i.hurtA() + "/repairs",
                        i.tokenB(), Map.of("acknowledge", "a", "apologise", "b", "willDo", "c"))),
                new Route("POST /api/v1/hurts/{id}/acceptance", i -> api().post("/api/v1/hurts/" + i.hurtA()
                        + "/acceptance", i.tokenB(), "")),
                new Route("POST /api/v1/hurts/{id}/not-yet", i -> api().post("/api/v1/hurts/" + i.hurtA() + "/not-yet",
                        i.tokenB(), Map.of("stillNeeded", "x"))),
                new Route("POST /api/v1/hurts about A's bid", i -> api().post("/api/v1/hurts", i.tokenB(),
                        Map.of("subject", "bid", "subjectId", i.bidA(), "whatHappened", "x", "howIFelt", "y"))),
                new Route("POST /api/v1/reminders/{id}/acknowledgement", i -> api().post("/api/v1/reminders/"
                        + i.reminderA() + "/acknowledgement", i.tokenB(), "")),
                new Route("POST /api/v1/pauses on A's hurt", i -> api().post("/api/v1/pauses", i.tokenB(),
                        Map.of("thread", "hurt", "threadId", i.hurtA()))),
                new Route("POST /api/v1/pauses/{id}/end", i -> api().post("/api/v1/pauses/" + i.pauseA() + "/end",
                        i.tokenB(), "")),
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
