package app.tandem.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.FieldErrorsOf;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every load action's page and API bind the same draft: the same bad input (empty, too long,
 * the wrong type or an unknown name, HTML, unicode) gets the same field errors on both paths,
 * and another couple's item, log entry or hand-over is "not found" on both.
 */
class LoadInputsTest extends IntegrationTest {

    private static final String LONG = "x".repeat(2001);
    private static final String SCRIPT = "<script>alert(1)</script>";

    private TestCouple couple;
    private Cookie robinsSession;
    private long laundry;

    @BeforeEach
    void aCoupleWithAnItem() throws Exception {
        couple = aCouple();
        robinsSession = WebSessions.signIn(mvc, couple.robin());
        laundry = couple.withLoadItem("Laundry", 60, Owner.A, Owner.A, Owner.A).id();
    }

    @Test
    void anItemOfOurOwnGetsTheSameFieldErrorsOnThePageAndInTheApi() throws Exception {
        for (Case c : itemCases()) {
            same(c, "/load/items", "POST", "/api/v1/load/items");
        }
    }

    @Test
    void changingAnItemGetsTheSameFieldErrorsOnThePageAndInTheApi() throws Exception {
        for (Case c : itemCases()) {
            same(c, "/load/items/" + laundry, "PUT", "/api/v1/load/items/" + laundry);
        }
    }

    @Test
    void loggingAnOccurrenceGetsTheSameFieldErrorsOnThePageAndInTheApi() throws Exception {
        String future = clock.instant().plusSeconds(7200).toString();
        List<Case> cases = List.of(
                new Case("empty: me, now", fields("doneBy", "", "day", "", "doneAt", "")),
                new Case("too long", fields("doneBy", LONG), "doneBy"),
                new Case("wrong type", fields("day", "not a day"), "day"),
                new Case("wrong type", fields("doneAt", "yesterday"), "doneAt"),
                new Case("unknown name", fields("doneBy", "C"), "doneBy"),
                new Case("in the future", fields("doneAt", future), "doneAt"),
                new Case("a day and a time", fields("day", "2026-01-01", "doneAt", future), "day"),
                new Case("HTML", fields("doneBy", SCRIPT), "doneBy"),
                new Case("unicode", fields("doneBy", "\u00df\u6d17\ud83e\uddfa"), "doneBy"));
        for (Case c : cases) {
            same(c, "/load/items/" + laundry + "/done", "POST", "/api/v1/load/items/" + laundry + "/done");
        }
    }

    @Test
    void proposingASplitGetsTheSameFieldErrorsOnThePageAndInTheApi() throws Exception {
        List<Case> cases = List.of(
                new Case("empty", fields("myPercent", ""), "myPercent"),
                new Case("too long", fields("myPercent", "4".repeat(2001)), "myPercent"),
                new Case("wrong type", fields("myPercent", "lots"), "myPercent"),
                new Case("out of range", fields("myPercent", "140"), "myPercent"),
                new Case("HTML", fields("myPercent", SCRIPT), "myPercent"),
                new Case("unicode", fields("myPercent", "\u4e94\u5341"), "myPercent"));
        for (Case c : cases) {
            same(c, "/load/fair-share", "PUT", "/api/v1/load/fair-share");
        }
    }

    @Test
    void offeringAHandOverGetsTheSameFieldErrorsOnThePageAndInTheApi() throws Exception {
        String item = String.valueOf(laundry);
        List<Case> cases = List.of(
                new Case("empty", fields("itemId", "", "phases", List.of()), "itemId", "phases"),
                new Case("too long", fields("itemId", LONG, "phases", List.of("doing")), "itemId"),
                new Case("wrong type", fields("itemId", "the laundry", "phases", List.of("doing")), "itemId"),
                new Case("unknown phase, refused rather than dropped",
                        fields("itemId", item, "phases", List.of("doing", "sideways")), "phases"),
                new Case("HTML", fields("itemId", item, "phases", List.of(SCRIPT)), "phases"),
                new Case("unicode", fields("itemId", item, "phases", List.of("\uff44\uff4f\uff49\uff4e\uff47")),
                        "phases"));
        for (Case c : cases) {
            same(c, "/load/handovers", "POST", "/api/v1/load/handovers");
        }
    }

    @Test
    void pickingFromTheCatalogueGetsTheSameFieldErrorsOnThePageAndInTheApi() throws Exception {
        List<Map<String, String>> cases = List.of(Map.of(), Map.of("laundry", ""), Map.of(LONG, "A"),
                Map.of("laundry", "C"), Map.of(SCRIPT, "A"), Map.of("\u6d17\u6fef", "shared"));
        for (Map<String, String> picks : cases) {
            MockHttpServletRequestBuilder form = post("/load/catalogue");
            picks.forEach((key, owner) -> form.param("pick", key).param("owner-" + key, owner));
            Outcome onPage = page(form);
            Outcome inApi = api("POST", "/api/v1/load/items/picks", Map.of("picks", picks.entrySet().stream()
                    .map(p -> Map.of("key", p.getKey(), "owner", p.getValue())).toList()));

            assertThat(onPage).as(picks.toString()).isEqualTo(inApi);
            assertThat(onPage.errors()).as(picks.toString()).containsOnlyKeys("picks");
        }
    }

    @Test
    void anotherCouplesItemsLogAndHandOversAreNotFoundOnThePageOrInTheApi() throws Exception {
        TestCouple others = aCouple();
        long theirItem = others.withLoadItem("Their laundry", 30, Owner.A, Owner.A, Owner.A).id();
        long theirDone = others.withDone(others.robin(), theirItem, null, null).id();
        long theirHandover = others.withHandoverProposed(theirItem, Phase.DOING).id();
        Map<String, Object> item = fields("title", "Mine now", "area", "home", "cadence", "weekly", "minutes", "10",
                "noticing", "A", "planning", "A", "doing", "A");

        notFound(post("/load/items/" + theirItem), "PUT", "/api/v1/load/items/" + theirItem, item);
        notFound(post("/load/items/" + theirItem + "/done"), "POST", "/api/v1/load/items/" + theirItem + "/done",
                Map.of());
        notFound(post("/load/items/" + theirItem + "/archive"), "DELETE", "/api/v1/load/items/" + theirItem, null);
        notFound(post("/load/done/" + theirDone + "/undo"), "DELETE", "/api/v1/load/done/" + theirDone, null);
        notFound(post("/load/handovers").param("itemId", String.valueOf(theirItem)).param("phases", "doing"),
                "POST", "/api/v1/load/handovers", Map.of("itemId", theirItem, "phases", List.of("doing")));
        for (String answer : List.of("accept", "decline")) {
            String path = "/load/handovers/" + theirHandover + "/" + answer;
            notFound(post(path), "POST", "/api/v1" + path, Map.of());
        }
    }

    // --- the cases and both paths

    /** One bad (or odd but acceptable) input, and the fields it must be refused on (none: accepted). */
    private record Case(String what, Map<String, Object> fields, String... refused) {}

    /** What a path answered: accepted or not, and the field errors. */
    private record Outcome(boolean accepted, Map<String, String> errors) {}

    private List<Case> itemCases() {
        return List.of(
                new Case("empty", fields("title", "", "area", "", "cadence", "", "everyDays", "", "minutes", "",
                        "noticing", "", "planning", "", "doing", "", "doneMeans", ""),
                        "title", "area", "cadence", "minutes", "noticing", "planning", "doing"),
                new Case("too long", item(LONG, "weekly", "", "30", LONG), "title", "doneMeans"),
                new Case("wrong type and unknown names", fields("title", "Bins", "area", "garage",
                        "cadence", "every-n-days", "everyDays", "often", "minutes", "abc", "noticing", "C",
                        "planning", "A", "doing", "nobody", "doneMeans", ""),
                        "area", "everyDays", "minutes", "noticing", "doing"),
                new Case("HTML is kept as text", item(SCRIPT, "weekly", "", "0", "<b>put away</b>"), "minutes"),
                new Case("unicode counts characters, not UTF-16 units",
                        item("\ud83e\uddfa".repeat(121), "yearly", "", "1441", "\u6d17".repeat(500)), "title",
                        "minutes"));
    }

    private static Map<String, Object> item(String title, String cadence, String everyDays, String minutes,
            String doneMeans) {
        return fields("title", title, "area", "home", "cadence", cadence, "everyDays", everyDays, "minutes", minutes,
                "noticing", "A", "planning", "shared", "doing", "B", "doneMeans", doneMeans);
    }

    private void same(Case c, String pagePath, String apiMethod, String apiPath) throws Exception {
        MockHttpServletRequestBuilder form = post(pagePath);
        c.fields().forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> form.param(name, String.valueOf(v)));
            } else {
                form.param(name, String.valueOf(value));
            }
        });
        Outcome onPage = page(form);
        Outcome inApi = api(apiMethod, apiPath, c.fields());

        assertThat(onPage).as(c.what() + " " + apiPath).isEqualTo(inApi);
        assertThat(onPage.errors().keySet()).as(c.what()).containsExactlyInAnyOrder(c.refused());
        assertThat(onPage.accepted()).as(c.what()).isEqualTo(c.refused().length == 0);
    }

    private Outcome page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.cookie(robinsSession).with(csrf())).andReturn()
                .getResponse();
        String html = response.getContentAsString();
        assertThat(html).doesNotContain(SCRIPT);
        assertThat(response.getStatus()).as(html).isIn(302, 400);
        return new Outcome(response.getStatus() == 302, FieldErrorsOf.page(html));
    }

    private Outcome api(String method, String path, Object body) {
        Response response = switch (method) {
            case "PUT" -> api().put(path, couple.robin().token(), body);
            case "DELETE" -> api().delete(path, couple.robin().token());
            default -> api().post(path, couple.robin().token(), body == null ? "" : body);
        };
        assertThat(response.status()).as(response.raw().body()).isIn(200, 201, 204, 400);
        return new Outcome(response.status() < 300, FieldErrorsOf.problem(response.body()));
    }

    private void notFound(MockHttpServletRequestBuilder form, String apiMethod, String apiPath, Object body)
            throws Exception {
        if (body instanceof Map<?, ?> fields && "PUT".equals(apiMethod)) {
            fields.forEach((name, value) -> form.param(String.valueOf(name), String.valueOf(value)));
        }
        int onPage = mvc.perform(form.cookie(robinsSession).with(csrf())).andReturn().getResponse().getStatus();
        Response inApi = switch (apiMethod) {
            case "PUT" -> api().put(apiPath, couple.robin().token(), body);
            case "DELETE" -> api().delete(apiPath, couple.robin().token());
            default -> api().post(apiPath, couple.robin().token(), body);
        };
        assertThat(onPage).as("page " + apiPath).isEqualTo(404);
        assertThat(inApi.status()).as("API " + apiPath).isEqualTo(404);
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
