package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A partner of couple B gets 404 — never 403, never the data — on every one of couple A's
 * resources. Every feature adds its couple-scoped routes to {@link #routes()}.
 */
class CrossCoupleAuthorizationTest extends IntegrationTest {

    /** A route into couple A's things, called by a partner of couple B. */
    record Route(String name, Function<Ids, Response> call) {}

    /**
     * Couple A's ids (a sent need, a draft, an open bid, an agreement version, a hurt, a reminder,
     * a pause, a load item, a logged occurrence of it and a hand-over), and couple B's partner's token.
     */
    record Ids(long coupleA, long needA, long draftA, long bidA, long agreementVersionA, long hurtA, long reminderA,
            long pauseA, String tokenB, long loadItemA, long loadDoneA, long handoverA, long checkInA,
            long appreciationA, long stateOfUsA, long ownPlanA,
            long pushSubscriptionA, long planA, long planAgreementA, long planSignalA, long noteA) {}

    private Ids ids;
    private Cookie sessionB;

    @BeforeEach
    void twoCouples() throws Exception {
        TestCouple a = aCouple();
        TestCouple b = aCouple();
        long need = api().post("/api/v1/needs", a.robin().token(), Map.of("feeling", "calm", "because", "it is Sunday",
                "need", "a walk with you at four", "send", true)).body().get("id").asLong();
        long draft = api().post("/api/v1/needs", a.robin().token(), Map.of("feeling", "tired")).body().get("id").asLong();
        long bid = api().post("/api/v1/bids", a.robin().token(), Map.of("text", "Tea?")).body().get("id").asLong();
        long version = api().post("/api/v1/agreement/versions", a.robin().token(), Map.of("baseNumber", 0,
                "why", "A's why", "commitments", List.of("A's commitment"))).body().get("id").asLong();
        api().post("/api/v1/agreement/versions/" + version + "/signature", a.kai().token(), "");
        long hurt = api().post("/api/v1/hurts", a.robin().token(), Map.of("whatHappened", "A's hurt", "howIFelt", "sad"))
                .body().get("id").asLong();
        long reminder = api().post("/api/v1/reminders", a.robin().token(), Map.of("commitment", "A's commitment",
                "message", "A's reminder")).body().get("id").asLong();
        long pause = api().post("/api/v1/pauses", a.kai().token(), Map.of("thread", "hurt", "threadId", hurt))
                .body().get("id").asLong();
        String tokenA = a.robin().token();
        long item = api().post("/api/v1/load/items", tokenA, Map.of("title", "Laundry", "area", "home",
                "cadence", "weekly", "minutes", 30, "noticing", "A", "planning", "A", "doing", "A")).body().get("id").asLong();
        long done = api().post("/api/v1/load/items/" + item + "/done", tokenA, "").body().get("id").asLong();
        long handover = api().post("/api/v1/load/handovers", tokenA, Map.of("itemId", item, "phases", List.of("doing")))
                .body().get("id").asLong();
        long push = api().post("/api/v1/push-subscriptions", tokenA, Map.of("endpoint", "https://localhost/push/A",
                "keys", Map.of("p256dh", "B" + "A".repeat(86), "auth", "A".repeat(22)))).body().get("id").asLong();
        long checkIn = api().post("/api/v1/check-ins", tokenA, Map.of("answers", List.of(5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1)))
                .body().get("id").asLong();
        long appreciation = api().post("/api/v1/appreciations", tokenA, Map.of("text", "A's thanks")).body().get("id")
                .asLong();
        long stateOfUs = api().post("/api/v1/state-of-us", tokenA, Map.of()).body().get("id").asLong();
        long ownPlan = api().post("/api/v1/practice/own-plans", tokenA, Map.of("text", "A's own plan")).body().get("id")
                .asLong();
        long plan = api().post("/api/v1/plans", tokenA, Map.of("kind", "family-gathering", "title", "A's plan",
                "startsAt", "2030-01-01T18:00:00Z")).body().get("id").asLong();
        for (String t : List.of(tokenA, a.kai().token())) {
            api().put("/api/v1/plans/" + plan + "/prediction", t, Map.of("howHard", "A's prediction", "underStress", "x",
                    "needFromYou", "y"));
        }
        long planAgreement = api().post("/api/v1/plans/" + plan + "/agreements", tokenA, Map.of("text", "A's agreement"))
                .body().get("agreements").get(0).get("id").asLong();
        long planSignal = api().post("/api/v1/plans/" + plan + "/signals", a.kai().token(), Map.of("kind", "come-find-me"))
                .body().get("signals").get(0).get("id").asLong();
        long note = api().post("/api/v1/plans/know-me", tokenA, Map.of("kind", "hard", "text", "A's note")).body().get("id")
                .asLong();
        ids = new Ids(api().coupleIdOf(a.robin()), need, draft, bid, version, hurt, reminder, pause, b.robin().token(), item,
                done, handover, checkIn, appreciation, stateOfUs, ownPlan, push, plan, planAgreement, planSignal, note);
        sessionB = WebSessions.signIn(mvc, b.robin());
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
                new Route("POST /api/v1/needs/{id}/occurrences", i -> needAction(i.needA(), "occurrences", i,
                        Map.of("outcome", "met"))),
                new Route("POST /api/v1/needs/{id}/end", i -> needAction(i.needA(), "end", i, "")),
                new Route("GET /api/v1/bids/{id}", i -> api().get("/api/v1/bids/" + i.bidA(), i.tokenB())),
                new Route("POST /api/v1/bids/{id}/response", i -> api().post("/api/v1/bids/" + i.bidA() + "/response",
                        i.tokenB(), Map.of("response", "toward"))),
                new Route("GET /api/v1/load/items/{id}", i -> api().get("/api/v1/load/items/" + i.loadItemA(), i.tokenB())),
                new Route("PUT /api/v1/load/items/{id}", i -> api().put("/api/v1/load/items/" + i.loadItemA(),
                        i.tokenB(), Map.of("title", "Mine now", "area", "home", "cadence", "weekly", "minutes", 5,
                                "noticing", "B", "planning", "B", "doing", "B"))),
                new Route("DELETE /api/v1/load/items/{id}",
                        i -> api().delete("/api/v1/load/items/" + i.loadItemA(), i.tokenB())),
                new Route("POST /api/v1/load/items/{id}/done",
                        i -> api().post("/api/v1/load/items/" + i.loadItemA() + "/done", i.tokenB(), "")),
                new Route("DELETE /api/v1/load/done/{id}",
                        i -> api().delete("/api/v1/load/done/" + i.loadDoneA(), i.tokenB())),
                new Route("POST /api/v1/load/handovers (their item)", i -> api().post("/api/v1/load/handovers",
                        i.tokenB(), Map.of("itemId", i.loadItemA(), "phases", List.of("doing")))),
                new Route("GET /api/v1/load/handovers/{id}",
                        i -> api().get("/api/v1/load/handovers/" + i.handoverA(), i.tokenB())),
                new Route("POST /api/v1/load/handovers/{id}/accept",
                        i -> api().post("/api/v1/load/handovers/" + i.handoverA() + "/accept", i.tokenB(), "")),
                new Route("POST /api/v1/load/handovers/{id}/decline",
                        i -> api().post("/api/v1/load/handovers/" + i.handoverA() + "/decline", i.tokenB(), "")),
                new Route("DELETE /api/v1/push-subscriptions/{id}",
                        i -> api().delete("/api/v1/push-subscriptions/" + i.pushSubscriptionA(), i.tokenB())),
                new Route("GET /api/v1/check-ins/{id}", i -> api().get("/api/v1/check-ins/" + i.checkInA(), i.tokenB())),
                new Route("GET /api/v1/appreciations/{id}",
                        i -> api().get("/api/v1/appreciations/" + i.appreciationA(), i.tokenB())),
                new Route("POST /api/v1/practice/own-plans/{id}/done",
                        i -> api().post("/api/v1/practice/own-plans/" + i.ownPlanA() + "/done", i.tokenB(), "")),
                new Route("GET /api/v1/state-of-us/{id}", i -> api().get("/api/v1/state-of-us/" + i.stateOfUsA(), i.tokenB())),
                new Route("POST /api/v1/state-of-us/{id}/turns", i -> api().post("/api/v1/state-of-us/" + i.stateOfUsA()
                        + "/turns", i.tokenB(), Map.of("text", "Mine now"))),
                new Route("POST /api/v1/state-of-us/{id}/needs", i -> api().post("/api/v1/state-of-us/" + i.stateOfUsA()
                        + "/needs", i.tokenB(), Map.of("feeling", "calm", "because", "x", "need", "y"))),
                new Route("POST /api/v1/state-of-us/{id}/close", i -> api().post("/api/v1/state-of-us/" + i.stateOfUsA()
                        + "/close", i.tokenB(), "")),
                new Route("GET /api/v1/plans/{id}", i -> api().get(plan(i, ""), i.tokenB())),
                new Route("PUT /api/v1/plans/{id}/prediction", i -> api().put(plan(i, "/prediction"), i.tokenB(),
                        Map.of("howHard", "a", "underStress", "b", "needFromYou", "c"))),
                new Route("PUT /api/v1/plans/{id}/signal-words", i -> api().put(plan(i, "/signal-words"), i.tokenB(),
                        Map.of("comeFindMe", "x"))),
                new Route("POST /api/v1/plans/{id}/agreements", i -> api().post(plan(i, "/agreements"), i.tokenB(),
                        Map.of("text", "Mine now"))),
                new Route("DELETE /api/v1/plans/{id}/agreements/{a}", i -> api().delete(plan(i, "/agreements/"
                        + i.planAgreementA()), i.tokenB())),
                new Route("POST /api/v1/plans/{id}/agreements/{a}/missed", i -> api().post(plan(i, "/agreements/"
                        + i.planAgreementA() + "/missed"), i.tokenB(), "")),
                new Route("POST /api/v1/plans/{id}/tasks", i -> api().post(plan(i, "/tasks"), i.tokenB(),
                        Map.of("text", "x", "who", "me"))),
                new Route("POST /api/v1/plans/{id}/signature", i -> api().post(plan(i, "/signature"), i.tokenB(), "")),
                new Route("POST /api/v1/plans/{id}/signals", i -> api().post(plan(i, "/signals"), i.tokenB(),
                        Map.of("kind", "come-find-me"))),
                new Route("POST /api/v1/plans/{id}/signals/{s}/seen", i -> api().post(plan(i, "/signals/"
                        + i.planSignalA() + "/seen"), i.tokenB(), "")),
                new Route("PUT /api/v1/plans/{id}/debrief-time", i -> api().put(plan(i, "/debrief-time"), i.tokenB(),
                        Map.of("at", "2030-01-02T18:00:00Z"))),
                new Route("PUT /api/v1/plans/{id}/debrief", i -> api().put(plan(i, "/debrief"), i.tokenB(),
                        Map.of("hadYourBack", "a", "whatWorked", "b"))),
                new Route("GET /api/v1/plans/{id}/calendar", i -> api().get(plan(i, "/calendar"), i.tokenB())),
                new Route("PUT /api/v1/plans/know-me/{id}/shared", i -> api().put("/api/v1/plans/know-me/" + i.noteA()
                        + "/shared", i.tokenB(), Map.of("shared", true))),
                new Route("DELETE /api/v1/plans/know-me/{id}", i -> api().delete("/api/v1/plans/know-me/" + i.noteA(),
                        i.tokenB())));
    }

    private static String plan(Ids ids, String rest) {
        return "/api/v1/plans/" + ids.planA() + rest;
    }

    private Response needAction(long id, String action, Ids ids, Object body) {
        return api().post("/api/v1/needs/" + id + "/" + action, ids.tokenB(), body);
    }

    /** Couple A's things reached through pages, in couple B's partner's signed-in browser session. */
    record PageRoute(String name, String method, Function<Ids, String> path) {}

    List<PageRoute> pageRoutes() {
        return List.of(
                new PageRoute("GET /load/items/{id}", "GET", i -> "/load/items/" + i.loadItemA()),
                new PageRoute("POST /load/items/{id}", "POST", i -> "/load/items/" + i.loadItemA()),
                new PageRoute("POST /load/items/{id}/done", "POST", i -> "/load/items/" + i.loadItemA() + "/done"),
                new PageRoute("POST /load/items/{id}/archive", "POST", i -> "/load/items/" + i.loadItemA() + "/archive"),
                new PageRoute("POST /load/done/{id}/undo", "POST", i -> "/load/done/" + i.loadDoneA() + "/undo"),
                new PageRoute("POST /load/handovers", "POST", i -> "/load/handovers?itemId=" + i.loadItemA()
                        + "&phases=doing"),
                new PageRoute("POST /load/handovers/{id}/accept", "POST", i -> "/load/handovers/" + i.handoverA()
                        + "/accept"),
                new PageRoute("POST /load/handovers/{id}/decline", "POST", i -> "/load/handovers/" + i.handoverA()
                        + "/decline"),
                new PageRoute("GET /needs/{id}", "GET", i -> "/needs/" + i.needA()),
                new PageRoute("GET /needs/{draft}/edit", "GET", i -> "/needs/" + i.draftA() + "/edit"),
                new PageRoute("POST /needs/{draft}/edit", "POST", i -> "/needs/" + i.draftA() + "/edit"),
                new PageRoute("POST /needs/apply?draftId={draft}", "POST", i -> "/needs/apply?draftId=" + i.draftA()),
                needPage(Ids::needA, "reflection"), needPage(Ids::needA, "reflection/confirm"),
                needPage(Ids::needA, "reflection/clarify"), needPage(Ids::needA, "answer"),
                needPage(Ids::needA, "follow-through"), needPage(Ids::needA, "thanks"),
                needPage(Ids::needA, "occurrences"), needPage(Ids::needA, "end"),
                needPage(Ids::needA, "answer/review"), needPage(Ids::needA, "reflection/review"),
                needPage(Ids::needA, "clarification/review"), needPage(Ids::needA, "answer/apply"),
                needPage(Ids::needA, "reflection/apply"), needPage(Ids::needA, "clarification/apply"),
                new PageRoute("GET /bids/{id}", "GET", i -> "/bids/" + i.bidA()),
                new PageRoute("POST /bids/{id}/response", "POST", i -> "/bids/" + i.bidA() + "/response?response=toward"),
                new PageRoute("POST /bids/{id}/review", "POST", i -> "/bids/" + i.bidA() + "/review"),
                new PageRoute("POST /bids/{id}/apply", "POST", i -> "/bids/" + i.bidA() + "/apply"),
                new PageRoute("GET /hurts/{id}", "GET", i -> "/hurts/" + i.hurtA()),
                new PageRoute("POST /hurts/{id}/repairs", "POST", i -> "/hurts/" + i.hurtA()
                        + "/repairs?acknowledge=a&apologise=b&willDo=c"),
                new PageRoute("POST /hurts/{id}/repairs/review", "POST", i -> "/hurts/" + i.hurtA() + "/repairs/review"),
                new PageRoute("POST /hurts/{id}/acceptance", "POST", i -> "/hurts/" + i.hurtA() + "/acceptance"),
                new PageRoute("POST /hurts/{id}/not-yet", "POST", i -> "/hurts/" + i.hurtA() + "/not-yet?stillNeeded=x"),
                new PageRoute("GET /reminders/new?need={id}", "GET", i -> "/reminders/new?need=" + i.needA()),
                new PageRoute("POST /reminders/{id}/acknowledgement", "POST", i -> "/reminders/" + i.reminderA()
                        + "/acknowledgement"),
                new PageRoute("POST /pauses/{id}/end", "POST", i -> "/pauses/" + i.pauseA() + "/end"),
                new PageRoute("POST /agreement/versions/{id}/signature", "POST", i -> "/agreement/versions/"
                        + i.agreementVersionA() + "/signature"),
                new PageRoute("POST /account/devices/{id}/remove", "POST", i -> "/account/devices/"
                        + i.pushSubscriptionA() + "/remove"),
                new PageRoute("GET /check-ins/{id}", "GET", i -> "/check-ins/" + i.checkInA()),
                new PageRoute("POST /check-ins/{id}/share", "POST", i -> "/check-ins/" + i.checkInA()
                        + "/share?leaning=interdependent&words=x"),
                new PageRoute("POST /practice/own-plans/{id}/done", "POST", i -> "/practice/own-plans/" + i.ownPlanA()
                        + "/done"),
                new PageRoute("GET /state-of-us/{id}", "GET", i -> "/state-of-us/" + i.stateOfUsA()),
                new PageRoute("POST /state-of-us/{id}/turns", "POST", i -> "/state-of-us/" + i.stateOfUsA() + "/turns"),
                new PageRoute("POST /state-of-us/{id}/review", "POST", i -> "/state-of-us/" + i.stateOfUsA() + "/review"),
                new PageRoute("POST /state-of-us/{id}/appreciations", "POST", i -> "/state-of-us/" + i.stateOfUsA()
                        + "/appreciations"),
                new PageRoute("POST /state-of-us/{id}/needs", "POST", i -> "/state-of-us/" + i.stateOfUsA()
                        + "/needs?because=x&need=y"),
                new PageRoute("POST /state-of-us/{id}/close", "POST", i -> "/state-of-us/" + i.stateOfUsA() + "/close"),
                new PageRoute("GET /plans/{id}", "GET", i -> "/plans/" + i.planA()),
                new PageRoute("GET /plans/{id}/calendar.ics", "GET", i -> "/plans/" + i.planA() + "/calendar.ics"),
                planPage("prediction?howHard=a&underStress=b&needFromYou=c"), planPage("prediction/review"),
                planPage("signal-words"), planPage("agreements"),
                new PageRoute("POST /plans/{id}/agreements/{a}/remove", "POST", i -> "/plans/" + i.planA()
                        + "/agreements/" + i.planAgreementA() + "/remove"),
                new PageRoute("POST /plans/{id}/agreements/{a}/missed", "POST", i -> "/plans/" + i.planA()
                        + "/agreements/" + i.planAgreementA() + "/missed"),
                planPage("tasks?who=me"), planPage("signature"), planPage("signals?kind=come-find-me"),
                new PageRoute("POST /plans/{id}/signals/{s}/seen", "POST", i -> "/plans/" + i.planA() + "/signals/"
                        + i.planSignalA() + "/seen"),
                planPage("debrief-time?at=2030-01-02T18:00"), planPage("debrief?hadYourBack=a&whatWorked=b"),
                new PageRoute("POST /plans/know-me/{id}/share", "POST", i -> "/plans/know-me/" + i.noteA()
                        + "/share?shared=true"),
                new PageRoute("POST /plans/know-me/{id}/remove", "POST", i -> "/plans/know-me/" + i.noteA() + "/remove"));
    }

    private static PageRoute planPage(String action) {
        return new PageRoute("POST /plans/{id}/" + action, "POST", i -> "/plans/" + i.planA() + "/" + action);
    }

    private static PageRoute needPage(java.util.function.ToLongFunction<Ids> id, String action) {
        return new PageRoute("POST /needs/{id}/" + action, "POST", i -> "/needs/" + id.applyAsLong(i) + "/" + action);
    }

    @TestFactory
    List<DynamicTest> anotherCouplesPagesAreNotFound() {
        return pageRoutes().stream()
                .map(route -> DynamicTest.dynamicTest(route.name(), () -> {
                    String path = route.path().apply(ids);
                    MockHttpServletRequestBuilder request = route.method().equals("GET") ? get(path)
                            : post(path).with(csrf()).param("title", "Mine now").param("area", "home")
                                    .param("cadence", "weekly").param("minutes", "5").param("noticing", "B")
                                    .param("planning", "B").param("doing", "B").param("text", "Mine now")
                                    .param("kind", "yes").param("outcome", "met").param("feeling", "calm");
                    MockHttpServletResponse response = mvc.perform(request.cookie(sessionB)).andReturn().getResponse();
                    assertThat(response.getStatus()).as(route.name()).isEqualTo(404);
                    // (Couple B's partners are called Robin and Kai too: only couple A's item name may not show.)
                    assertThat(response.getContentAsString()).as(route.name()).doesNotContain("Laundry")
                            .doesNotContain("a walk with you at four").doesNotContain("A's hurt")
                            .doesNotContain("A's commitment").doesNotContain("A's thanks")
                            .doesNotContain("A's own plan").doesNotContain("A's plan").doesNotContain("A's prediction")
                            .doesNotContain("A's agreement").doesNotContain("A's note");
                }))
                .toList();
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
