package app.tandem.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A version is proposed through one record on the page (one commitment a line) and in the API
 * (a list): the same bad input gets the same field errors on both, and another couple's
 * version cannot be signed on either.
 */
class AgreementInputParityTest extends IntegrationTest {

    static final String SCRIPT = "<script>alert('hi')</script> <b>us</b>";
    static final String UNICODE = "Wir zwei 💞 — «toujours» ensemble";

    static Stream<Arguments> proposals() {
        List<String> many = IntStream.range(0, 21).mapToObj(i -> "Commitment " + i).toList();
        return Stream.of(
                Arguments.of("empty", " ", List.of(), 400),
                Arguments.of("blank lines only", "", List.of(" ", ""), 400),
                Arguments.of("a why too long", "w".repeat(2_001), List.of("Ask plainly."), 400),
                Arguments.of("a commitment too long", "Why.", List.of("c".repeat(301)), 400),
                Arguments.of("too many", "Why.", many, 400),
                Arguments.of("every error at once", "", List.of("c".repeat(301)), 400),
                Arguments.of("markup", SCRIPT, List.of(SCRIPT, "Ask plainly."), 201),
                Arguments.of("unicode", UNICODE, List.of(UNICODE), 201));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proposals")
    void aProposalIsRefusedTheSameWayOnThePageAndInTheApi(String name, String why, List<String> commitments,
            int apiStatus) throws Exception {
        TestCouple onPage = aCouple();
        TestCouple inApi = aCouple();
        Map<String, String> form = Map.of("baseNumber", "0", "why", why, "commitments", String.join("\n", commitments));
        Map<String, Object> json = Map.of("baseNumber", 0, "why", why, "commitments", commitments);

        if (apiStatus == 400) {
            new InputParity(mvc, api()).assertSameErrors(WebSessions.signIn(mvc, onPage.robin()), onPage.robin().token(),
                    "/agreement/versions", "POST", "/api/v1/agreement/versions", form, json);
        } else {
            MockHttpServletResponse page = mvc.perform(post("/agreement/versions")
                    .cookie(WebSessions.signIn(mvc, onPage.robin())).with(csrf()).param("baseNumber", "0")
                    .param("why", why).param("commitments", form.get("commitments"))).andReturn().getResponse();
            Response api = api().post("/api/v1/agreement/versions", inApi.robin().token(), json);
            assertThat(api.status()).isEqualTo(apiStatus);
            assertThat(page.getRedirectedUrl()).isEqualTo("/agreement?proposed");
            assertThat(api.body().get("why").asString()).isEqualTo(why);
            String shown = mvc.perform(get("/agreement").cookie(WebSessions.signIn(mvc, onPage.kai())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(shown).doesNotContain("<script>alert");
        }
    }

    @Test
    void aSingleStarterCommitmentIsKeptWholeCommasAndAll() throws Exception {
        TestCouple couple = aCouple();
        String starter = "We repair before we sleep: even a small \"I'm sorry, I see it\" counts.";

        mvc.perform(post("/agreement/versions").cookie(WebSessions.signIn(mvc, couple.robin())).with(csrf())
                .param("baseNumber", "0").param("why", "We chose each other.").param("commitments", "")
                .param("starter", starter));

        var pending = api().get("/api/v1/agreement", couple.kai().token()).body().get("pending");
        assertThat(pending.get("commitments").valueStream().map(c -> c.asString())).containsExactly(starter);
    }

    @Test
    void anotherCouplesVersionCannotBeSignedOnThePageOrInTheApi() throws Exception {
        TestCouple a = aCouple();
        TestCouple b = aCouple();
        long version = api().post("/api/v1/agreement/versions", a.robin().token(), Map.of("baseNumber", 0,
                "why", "A's why", "commitments", List.of("A's commitment"))).body().get("id").asLong();

        MockHttpServletResponse page = mvc.perform(post("/agreement/versions/" + version + "/signature")
                .cookie(WebSessions.signIn(mvc, b.kai())).with(csrf())).andReturn().getResponse();
        Response api = api().post("/api/v1/agreement/versions/" + version + "/signature", b.kai().token(), "");

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(api.status()).isEqualTo(404);
        assertThat(page.getContentAsString()).doesNotContain("A's why");
    }
}
