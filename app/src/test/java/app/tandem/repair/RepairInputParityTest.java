package app.tandem.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.FieldErrorsOf;
import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every repair action's input goes through one record for the page and the API: the same bad
 * input gets the same field errors on both, and another couple's hurt is not found on both.
 */
class RepairInputParityTest extends IntegrationTest {

    static final String CARE = "When one of us reaches out, the other turns toward them.";
    static final String LONG = "x".repeat(2_001);
    static final String SCRIPT = "<script>alert('hi')</script> <b>you</b> & me";
    static final String UNICODE = "Du hast «nie» zugehört 🙈 — ça m'a blessé 💔";

    static Stream<Arguments> hurts() {
        return Stream.of(
                Arguments.of("empty", Map.of("whatHappened", " ", "howIFelt", ""), 400),
                Arguments.of("too long", Map.of("whatHappened", LONG, "howIFelt", "sad"), 400),
                Arguments.of("unknown subject", Map.of("subject", "poem", "whatHappened", "x", "howIFelt", "sad"), 400),
                Arguments.of("a subject without its id", Map.of("subject", "bid", "whatHappened", "x", "howIFelt", "y"), 400),
                Arguments.of("a commitment not in force", Map.of("whatHappened", "x", "howIFelt", "sad",
                        "commitment", "You must always obey me."), 400),
                Arguments.of("every error at once", Map.of("subject", "poem", "whatHappened", "", "howIFelt", LONG,
                        "commitment", "Obey."), 400),
                Arguments.of("markup", Map.of("whatHappened", SCRIPT, "howIFelt", SCRIPT, "commitment", CARE), 201),
                Arguments.of("unicode", Map.of("whatHappened", UNICODE, "howIFelt", UNICODE), 201));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hurts")
    void namingAHurtRefusesTheSameInputTheSameWayOnThePageAndInTheApi(String name, Map<String, String> input,
            int apiStatus) throws Exception {
        TestCouple couple = aCouple();
        couple.withAgreementInForce("We chose each other.", CARE);

        Taken taken = sameOutcome(couple.robin(), "/hurts", "/api/v1/hurts", input, apiStatus);
        if (taken != null) {
            assertThat(taken.api().body().get("whatHappened").asString()).isEqualTo(input.get("whatHappened").strip());
            String shown = mvc.perform(get(taken.page().getRedirectedUrl())
                    .cookie(WebSessions.signIn(mvc, couple.kai()))).andReturn().getResponse().getContentAsString();
            assertThat(shown).doesNotContain("<script>").contains(input.get("whatHappened").equals(SCRIPT)
                    ? "&lt;script&gt;" : UNICODE);
        }
    }

    static Stream<Arguments> repairs() {
        return Stream.of(
                Arguments.of("empty", Map.of("acknowledge", "", "apologise", " ", "willDo", ""), 400),
                Arguments.of("too long", Map.of("acknowledge", LONG, "apologise", "Sorry.", "willDo", "Call."), 400),
                Arguments.of("one missing", Map.of("acknowledge", "I see it.", "apologise", "Sorry."), 400),
                Arguments.of("markup", Map.of("acknowledge", SCRIPT, "apologise", SCRIPT, "willDo", SCRIPT), 201),
                Arguments.of("unicode", Map.of("acknowledge", UNICODE, "apologise", UNICODE, "willDo", UNICODE), 201));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void aRepairRefusesTheSameInputTheSameWayOnThePageAndInTheApi(String name, Map<String, String> input,
            int apiStatus) throws Exception {
        onHurtsIn(HurtStage.OPEN, "repairs", input, apiStatus);
    }

    static Stream<Arguments> stillNeeded() {
        return Stream.of(
                Arguments.of("empty", Map.of("stillNeeded", "  "), 400),
                Arguments.of("absent", Map.of(), 400),
                Arguments.of("too long", Map.of("stillNeeded", LONG), 400),
                Arguments.of("markup", Map.of("stillNeeded", SCRIPT), 200),
                Arguments.of("unicode", Map.of("stillNeeded", UNICODE), 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stillNeeded")
    void notYetRefusesTheSameInputTheSameWayOnThePageAndInTheApi(String name, Map<String, String> input,
            int apiStatus) throws Exception {
        onHurtsIn(HurtStage.REPAIR_OFFERED, "not-yet", input, apiStatus);
    }

    static Stream<Arguments> reminders() {
        return Stream.of(
                Arguments.of("empty", Map.of("commitment", "", "message", ""), 400),
                Arguments.of("too long", Map.of("commitment", CARE, "message", LONG), 400),
                Arguments.of("a commitment not in force", Map.of("commitment", "Obey me.", "message", "Please."), 400),
                Arguments.of("markup", Map.of("commitment", CARE, "message", SCRIPT), 201),
                Arguments.of("unicode", Map.of("commitment", CARE, "message", UNICODE), 201));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reminders")
    void aReminderRefusesTheSameInputTheSameWayOnThePageAndInTheApi(String name, Map<String, String> input,
            int apiStatus) throws Exception {
        TestCouple couple = aCouple();
        couple.withAgreementInForce("We chose each other.", CARE);

        sameOutcome(couple.robin(), "/reminders", "/api/v1/reminders", input, apiStatus);
    }

    @Test
    void withoutAnAgreementInForceAReminderIsNotNowOnBothPaths() throws Exception {
        TestCouple couple = aCouple();
        Map<String, String> input = Map.of("commitment", CARE, "message", "Please.");

        assertThat(page(couple.robin(), "/reminders", input).getStatus()).isEqualTo(409);
        assertThat(api().post("/api/v1/reminders", couple.robin().token(), input).status()).isEqualTo(409);
    }

    @Test
    void anotherCouplesHurtIsNotFoundOnThePageAndInTheApi() throws Exception {
        TestCouple a = aCouple();
        TestCouple b = aCouple();
        long open = a.hurtIn(HurtStage.OPEN).id();
        long offered = a.hurtIn(HurtStage.REPAIR_OFFERED).id();
        Map<String, String> repair = Map.of("acknowledge", "a", "apologise", "b", "willDo", "c");
        Map<String, String> notYet = Map.of("stillNeeded", "x");

        Map<String, Integer> statuses = new LinkedHashMap<>();
        Cookie kaiB = WebSessions.signIn(mvc, b.kai());
        statuses.put("GET page", mvc.perform(get("/hurts/" + open).cookie(kaiB)).andReturn().getResponse().getStatus());
        statuses.put("repair page", page(b.kai(), "/hurts/" + open + "/repairs", repair).getStatus());
        statuses.put("repair review page", page(b.kai(), "/hurts/" + open + "/repairs/review", repair).getStatus());
        statuses.put("accept page", page(b.robin(), "/hurts/" + offered + "/acceptance", Map.of()).getStatus());
        statuses.put("not yet page", page(b.robin(), "/hurts/" + offered + "/not-yet", notYet).getStatus());
        statuses.put("repair api", api().post("/api/v1/hurts/" + open + "/repairs", b.kai().token(), repair).status());
        statuses.put("repair review api", api().post("/api/v1/hurts/" + open + "/repairs/review", b.kai().token(),
                repair).status());
        statuses.put("accept api", api().post("/api/v1/hurts/" + offered + "/acceptance", b.robin().token(), "")
                .status());
        statuses.put("not yet api", api().post("/api/v1/hurts/" + offered + "/not-yet", b.robin().token(), notYet)
                .status());

        assertThat(statuses).allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(404));
    }

    @Test
    void theCoachReviewsARepairOfOurOwnHurtOnThePageAndInTheApi() throws Exception {
        TestCouple couple = aCouple();
        long id = couple.hurtIn(HurtStage.OPEN).id();
        Map<String, String> input = Map.of("acknowledge", "I get it", "apologise", "I'm sorry, but you always exaggerate",
                "willDo", "Whatever.");

        MockHttpServletResponse page = page(couple.kai(), "/hurts/" + id + "/repairs/review", input);
        Response api = api().post("/api/v1/hurts/" + id + "/repairs/review", couple.kai().token(), input);

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().get("labels").size()).isPositive();
        assertThat(page.getContentAsString()).contains("coach-findings");
    }

    private MockHttpServletResponse page(TestPartner partner, String path, Map<String, String> input)
            throws Exception {
        MockHttpServletRequestBuilder request = post(path).cookie(WebSessions.signIn(mvc, partner)).with(csrf());
        input.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * {@code action} on two hurts in {@code stage}, by the partner whose move it is: the page on
     * one and the API on the other, since a taken input moves the hurt on.
     */
    private void onHurtsIn(HurtStage stage, String action, Map<String, String> input, int apiStatus)
            throws Exception {
        TestCouple couple = aCouple();
        TestPartner partner = stage == HurtStage.OPEN ? couple.kai() : couple.robin();
        long onPage = couple.hurtIn(stage).id();
        long inApi = couple.hurtIn(stage).id();
        sameOutcome(partner, "/hurts/" + onPage + "/" + action, "/api/v1/hurts/" + inApi + "/" + action, input,
                apiStatus);
    }

    /** What both paths answered when the input was taken. */
    record Taken(MockHttpServletResponse page, Response api) {}

    /**
     * The same outcome on both paths (the page and the API each on their own hurt where the action
     * moves it): 400 with the same field errors, or taken, the page redirecting and the API
     * answering {@code apiStatus}.
     */
    private Taken sameOutcome(TestPartner partner, String pagePath, String apiPath, Map<String, String> input,
            int apiStatus) throws Exception {
        if (apiStatus == 400) {
            new InputParity(mvc, api()).assertSameErrors(WebSessions.signIn(mvc, partner), partner.token(), pagePath,
                    apiPath, input);
            return null;
        }
        MockHttpServletResponse page = page(partner, pagePath, input);
        Response api = api().post(apiPath, partner.token(), input);
        assertThat(api.status()).isEqualTo(apiStatus);
        assertThat(FieldErrorsOf.problem(api.body())).isEmpty();
        assertThat(page.getStatus()).isEqualTo(302);
        return new Taken(page, api);
    }
}
