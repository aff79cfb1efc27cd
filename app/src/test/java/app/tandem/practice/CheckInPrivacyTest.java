package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A check-in is its taker's alone: the other partner reaches it through no page, no API call,
 * no export, no timeline and no home; what is shared is the leaning in the taker's words only;
 * deleting the account erases it; the server logs none of it.
 */
@ExtendWith(OutputCaptureExtension.class)
class CheckInPrivacyTest extends IntegrationTest {

    private static final String ALONE = "leaning toward going it alone";

    private TestCouple couple;
    private long checkIn;
    private Cookie kaiSession;

    @BeforeEach
    void robinChecksIn() throws Exception {
        couple = aCouple();
        Response taken = api().post("/api/v1/check-ins", couple.robin().token(),
                Map.of("answers", CheckInStatementsTest.answers(5, 1)));
        assertThat(taken.status()).isEqualTo(201);
        checkIn = taken.body().get("id").asLong();
        kaiSession = WebSessions.signIn(mvc, couple.kai());
    }

    @Test
    void theResultIsAPlaceOnTheSpectrumInPlainWordsAndNotADiagnosis() throws Exception {
        Response mine = api().get("/api/v1/check-ins/" + checkIn, couple.robin().token());
        assertThat(mine.body().get("leaning").asString()).isEqualTo("hyper-independent");
        assertThat(mine.body().get("position").asInt()).isEqualTo(-100);
        assertThat(mine.body().get("meaning").asString()).contains("letting your partner help");

        String page = mvc.perform(get("/check-ins/" + checkIn).cookie(WebSessions.signIn(mvc, couple.robin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ALONE).contains("not a diagnosis").contains("Small asks");
    }

    @Test
    void myHistoryHoldsEveryCheckInINewestFirst() {
        api().post("/api/v1/check-ins", couple.robin().token(), Map.of("answers", CheckInStatementsTest.answers(1, 5)));

        List<String> leanings = api().get("/api/v1/check-ins", couple.robin().token()).body().valueStream()
                .map(c -> c.get("leaning").asString()).toList();

        assertThat(leanings).containsExactly("codependent", "hyper-independent");
    }

    @Test
    void theOtherPartnerCannotReadItThroughTheApi() {
        assertThat(api().get("/api/v1/check-ins/" + checkIn, couple.kai().token()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/check-ins", couple.kai().token()).body()).isEmpty();
        assertThat(api().get("/api/v1/leanings", couple.kai().token()).body()).isEmpty();
        assertThat(api().get("/api/v1/practice", couple.kai().token()).raw().body()).doesNotContain("hyper-independent");
    }

    @Test
    void theOtherPartnerCannotReadItOnAnyPage() throws Exception {
        assertThat(mvc.perform(get("/check-ins/" + checkIn).cookie(kaiSession)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        for (String path : List.of("/", "/check-ins", "/practice", "/timeline", "/inbox", "/appreciations")) {
            String page = mvc.perform(get(path).cookie(kaiSession)).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).doesNotContain(ALONE).doesNotContain("/check-ins/" + checkIn);
        }
        assertThat(api().get("/api/v1/timeline", couple.kai().token()).raw().body()).doesNotContain("check_in")
                .doesNotContain("hyper-independent");
    }

    @Test
    void myExportHoldsMyCheckInsAndTheOtherPartnersNever() {
        Response robins = api().get("/api/v1/me/export", couple.robin().token());
        Response kais = api().get("/api/v1/me/export", couple.kai().token());

        assertThat(robins.body().get("mine").get("check_in")).hasSize(1);
        assertThat(robins.body().get("mine").get("check_in").get(0).get("leaning").asString())
                .isEqualTo("HYPER_INDEPENDENT");
        assertThat(kais.body().get("mine").get("check_in")).isEmpty();
        assertThat(kais.raw().body()).doesNotContain("HYPER_INDEPENDENT");
    }

    @Test
    void sharingTellsTheLeaningInMyWordsAndNothingOfTheAnswers() throws Exception {
        Response shared = api().put("/api/v1/leaning", couple.robin().token(), Map.of("leaning", "hyper-independent",
                "words", "I tend to go it alone; help me practise asking. <b>🌱</b>"));
        assertThat(shared.status()).isEqualTo(200);

        String kaisPractice = mvc.perform(get("/practice").cookie(kaiSession)).andReturn().getResponse()
                .getContentAsString();
        assertThat(kaisPractice).contains("I tend to go it alone; help me practise asking. &lt;b&gt;🌱&lt;/b&gt;");
        Response kaiReads = api().get("/api/v1/leanings", couple.kai().token());
        assertThat(kaiReads.body()).hasSize(1);
        assertThat(kaiReads.body().get(0).has("answers")).isFalse();
        assertThat(kaiReads.body().get(0).has("position")).isFalse();
        assertThat(api().get("/api/v1/check-ins/" + checkIn, couple.kai().token()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/me/export", couple.kai().token()).body().get("mine").get("check_in")).isEmpty();
    }

    @Test
    void deletingMyAccountErasesMyCheckIns() {
        long robin = couple.robin().id();
        assertThat(api().delete("/api/v1/me", couple.robin().token(), Map.of("password", TestApi.PASSWORD)).status())
                .isEqualTo(204);

        assertThat(jdbc.sql("select count(*) from check_in where private_to = ?").param(robin).query(Long.class).single())
                .isZero();
        assertThat(api().get("/api/v1/me/export", couple.kai().token()).raw().body()).doesNotContain("HYPER_INDEPENDENT");
    }

    @Test
    void theServerLogsNoneOfIt(CapturedOutput output) {
        api().post("/api/v1/check-ins", couple.robin().token(), Map.of("answers", CheckInStatementsTest.answers(1, 5)));
        api().put("/api/v1/leaning", couple.robin().token(), Map.of("leaning", "codependent",
                "words", "Marker-words-7731 of my leaning"));
        api().post("/api/v1/check-ins", couple.robin().token(), Map.of("answers", List.of(9, 9)));

        assertThat(output.getAll()).doesNotContain("Marker-words-7731").doesNotContain("CODEPENDENT")
                .doesNotContain("codependent");
    }
}
