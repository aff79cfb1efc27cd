package app.tandem.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.kernel.TextRules;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.web.Text;
import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings 4 and 7, each answer on its own: what a partner (or a client) is told. */
class InputAndErrorAnswersTest extends IntegrationTest {

    @Test
    void nulAndOtherControlCharactersAreRefusedWithAClearMessageTabsAndNewlinesAreFine() {
        TestCouple couple = aCouple();
        var nul = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "can we\u0000 talk?"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body().get("errors").get("text").asString()).contains("control character (U+0000)");

        var escape = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "look \u001b[31m"));
        assertThat(escape.status()).isEqualTo(400);

        Map<String, String> fine = new LinkedHashMap<>();
        fine.put("text", "line one\n\tline two\r\n");
        assertThat(api().post("/api/v1/bids", couple.robin().token(), fine).status()).isEqualTo(201);
    }

    @Test
    void anUnpairedSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        TestCouple couple = aCouple();
        var half = api().post("/api/v1/bids", couple.robin().token(), "{\"text\":\"a heart \\ud83d please\"}");
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.body().get("errors").get("text").asString()).contains("half of a character");

        var whole = api().post("/api/v1/bids", couple.robin().token(), "{\"text\":\"a heart \\ud83d\\udc9b please\"}");
        assertThat(whole.status()).isEqualTo(201);
        assertThat(whole.body().get("text").asString()).contains("\ud83d\udc9b");
        assertThat(TextRules.characterProblem("\udc00").say()).contains("half of a character");
    }

    @Test
    void aNulInTheSignInEmailIsAWrongPasswordNotAServerError() {
        var token = api().post("/api/v1/tokens", null, Map.of("email", "a\u0000b@example.org", "password", "x"));
        assertThat(token.status()).isEqualTo(401);
        var signUp = api().post("/api/v1/partners", null,
                Map.of("email", "nul\u0000@example.org", "displayName", "Sam\u0000", "password", "a long walk on the beach"));
        assertThat(signUp.status()).isEqualTo(400);
    }

    @Test
    void aBodyLargerThanTheLimitIsAnswered413AsAProblem() {
        TestCouple couple = aCouple();
        var big = api().post("/api/v1/bids", couple.robin().token(), "{\"text\":\"" + "y".repeat(300_000) + "\"}");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aPageTooLargeToReadIsAnsweredInTheReadersLanguage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder tooLarge = HttpRequest.newBuilder(URI.create(api().base() + "/needs"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + "y".repeat(300_000)));

        HttpResponse<String> german = client.send(tooLarge.copy().header("Accept-Language", "de-DE,de;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> english = client.send(tooLarge.copy().header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(german.statusCode()).isEqualTo(english.statusCode()).isEqualTo(413);
        assertThat(german.body()).contains("lang=\"de\"").contains(Text.in(Locale.GERMAN).t("error.status.413"));
        assertThat(english.body()).contains(Text.in(Locale.ENGLISH).t("error.status.413"));
    }

    @Test
    void tomcatsOwnRefusalsUnderApiAreProblemDetails() {
        for (String path : new String[] {"/api/v1/bids/%00", "/api/v1/bids/%2e%2e%2f", "/api/v1/needs/..%2f"}) {
            var answer = api().get(path, null);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(answer.body().get("status").asInt()).isEqualTo(400);
        }
        var page = api().get("/needs/%00", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.raw().body()).contains("Something is off").doesNotContain("Tomcat");
    }

    @Test
    void theErrorPageNoLongerPromisesThatWhatWasWrittenIsSafe() throws Exception {
        String page = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/needs/1")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("is safe").contains("may not have been saved");
        String problem = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/needs")).andReturn().getResponse()
                .getContentAsString();
        assertThat(problem).doesNotContain("is safe").contains("may not have been saved");
    }
}
