package app.tandem.pause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.repair.HurtStage;
import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A pause is asked for through one record on the page and in the API: the same bad input gets
 * the same field errors on both (the page draws the pause form again, on a page of its own),
 * and another couple's conversation is not found on both.
 */
class PauseInputParityTest extends IntegrationTest {

    static Stream<Arguments> pauses() {
        return Stream.of(
                Arguments.of("unknown thread", Map.of("thread", "poem"), 400),
                Arguments.of("no thread", Map.of("thread", ""), 400),
                Arguments.of("too short", Map.of("minutes", "1"), 400),
                Arguments.of("too long", Map.of("minutes", "2000"), 400),
                Arguments.of("every error at once", Map.of("thread", "<script>x</script>", "minutes", "0"), 400),
                Arguments.of("unicode thread", Map.of("thread", "hürt 💔"), 400),
                Arguments.of("the default", Map.of(), 201),
                Arguments.of("longer", Map.of("minutes", "45"), 201));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pauses")
    void aPauseRefusesTheSameInputTheSameWayOnThePageAndInTheApi(String name, Map<String, String> input,
            int apiStatus) throws Exception {
        TestCouple couple = aCouple();
        long onPage = couple.hurtIn(HurtStage.OPEN).id();
        long inApi = couple.hurtIn(HurtStage.OPEN).id();

        if (apiStatus == 400) {
            new InputParity(mvc, api()).assertSameErrors(WebSessions.signIn(mvc, couple.kai()), couple.kai().token(),
                    "/pauses", "POST", "/api/v1/pauses", withThread(input, onPage), json(withThread(input, onPage)));
            assertThat(page(couple.kai(), withThread(input, onPage)).getContentAsString()).doesNotContain("<script>x");
        } else {
            assertThat(page(couple.kai(), withThread(input, onPage)).getRedirectedUrl()).isEqualTo("/hurts/" + onPage + "?paused");
            assertThat(api().post("/api/v1/pauses", couple.kai().token(), json(withThread(input, inApi))).status())
                    .isEqualTo(apiStatus);
        }
    }

    @Test
    void anotherCouplesConversationIsNotFoundOnThePageAndInTheApi() throws Exception {
        TestCouple a = aCouple();
        TestCouple b = aCouple();
        long hurt = a.hurtIn(HurtStage.OPEN).id();
        long pause = api().post("/api/v1/pauses", a.kai().token(), Map.of("thread", "hurt", "threadId", hurt)).body()
                .get("id").asLong();

        assertThat(page(b.kai(), Map.of("thread", "hurt", "threadId", String.valueOf(hurt))).getStatus()).isEqualTo(404);
        assertThat(api().post("/api/v1/pauses", b.kai().token(), Map.of("thread", "hurt", "threadId", hurt)).status())
                .isEqualTo(404);
        MockHttpServletResponse end = mvc.perform(post("/pauses/" + pause + "/end")
                .cookie(WebSessions.signIn(mvc, b.kai())).with(csrf())).andReturn().getResponse();
        assertThat(end.getStatus()).isEqualTo(404);
        assertThat(api().post("/api/v1/pauses/" + pause + "/end", b.kai().token(), "").status()).isEqualTo(404);
    }

    private static Map<String, String> withThread(Map<String, String> input, long hurt) {
        Map<String, String> all = new HashMap<>(Map.of("thread", "hurt", "threadId", String.valueOf(hurt)));
        all.putAll(input);
        return all;
    }

    /** The API takes numbers as numbers. */
    private static Map<String, Object> json(Map<String, String> input) {
        Map<String, Object> body = new HashMap<>(input);
        body.computeIfPresent("threadId", (k, v) -> Long.parseLong((String) v));
        body.computeIfPresent("minutes", (k, v) -> Integer.parseInt((String) v));
        return body;
    }

    private MockHttpServletResponse page(TestPartner partner, Map<String, String> input) throws Exception {
        MockHttpServletRequestBuilder request = post("/pauses").cookie(WebSessions.signIn(mvc, partner)).with(csrf());
        input.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}
