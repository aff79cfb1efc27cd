package app.tandem.web;

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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the rules say — a field's error, why not now, the timeline, a pause's suggestion, the
 * starter commitments — reaches each partner in their own language, on the page and in the API,
 * whoever's language the rule was written in. Robin reads German, Kai English.
 */
class RulesInTheReadersLanguageTest extends IntegrationTest {

    private TestPartner robin;
    private TestPartner kai;

    @BeforeEach
    void robinReadsGerman() {
        TestCouple couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
        assertThat(api().put("/api/v1/me/language", robin.token(), Map.of("language", "de")).status()).isEqualTo(200);
    }

    @Test
    void aFieldErrorIsInTheWritersLanguageOnTheApiAndOnThePage() throws Exception {
        Map<String, Object> empty = Map.of("feeling", "", "because", "the rent rose", "need", "a talk", "send", true);

        Response german = api().post("/api/v1/needs", robin.token(), empty);
        Response english = api().post("/api/v1/needs", kai.token(), empty);

        assertThat(german.status()).isEqualTo(400);
        assertThat(german.body().get("title").asString()).isEqualTo("Ungültige Eingabe");
        assertThat(german.body().get("errors").get("feeling").asString())
                .isEqualTo("„Ich fühle mich“ ist leer. Schreib ein paar Worte.");
        assertThat(english.body().get("errors").get("feeling").asString())
                .isEqualTo("“I feel” is empty. Write a few words.");

        Cookie session = WebSessions.signIn(mvc, robin);
        String page = mvc.perform(post("/needs").cookie(session).with(csrf()).param("feeling", "")
                .param("because", "die Miete stieg").param("need", "ein Gespräch").param("action", "send"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("„Ich fühle mich“ ist leer. Schreib ein paar Worte.").doesNotContain("is empty");
    }

    @Test
    void aLengthIsSaidWithTheNumbersOfTheLanguage() {
        Response german = api().post("/api/v1/bids", robin.token(), Map.of("text", "x".repeat(2001)));

        assertThat(german.body().get("errors").get("text").asString())
                .isEqualTo("Deine Kontaktbitte ist 2.001 Zeichen lang; höchstens 2.000 gehen.");
    }

    @Test
    void whyNotNowIsInTheReadersLanguage() {
        long bid = api().post("/api/v1/bids", kai.token(), Map.of("text", "Tea?")).body().get("id").asLong();
        assertThat(api().post("/api/v1/bids/" + bid + "/response", robin.token(), Map.of("response", "toward"))
                .status()).isEqualTo(200);

        Response again = api().post("/api/v1/bids/" + bid + "/response", robin.token(), Map.of("response", "toward"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("title").asString()).isEqualTo("Nicht jetzt");
        assertThat(again.body().get("detail").asString())
                .isEqualTo("Du kannst auf diese Kontaktbitte jetzt nicht antworten: Du hast schon geantwortet (zugewandt).");
    }

    @Test
    void aPausedThreadSaysSoInTheReadersLanguageAndSuggestsACalmingStepInIt() {
        long bid = api().post("/api/v1/bids", kai.token(), Map.of("text", "Can we talk about money?")).body()
                .get("id").asLong();
        Response pause = api().post("/api/v1/pauses", kai.token(), Map.of("thread", "bid", "threadId", bid));

        Response blocked = api().post("/api/v1/bids/" + bid + "/response", robin.token(), Map.of("response", "toward"));
        Response robinsView = api().get("/api/v1/pauses", robin.token());

        assertThat(blocked.body().get("detail").asString()).startsWith("Dieses Gespräch ist noch 20 Minuten pausiert.");
        String english = pause.body().get("suggestion").asString();
        String german = robinsView.body().get(0).get("suggestion").asString();
        assertThat(german).isNotEqualTo(english);
        assertThat(app.tandem.kernel.ResourceLines.of("pause/calming_de.txt")).contains(german);
    }

    @Test
    void theTimelineTellsOurStoryInTheReadersLanguage() {
        long bid = api().post("/api/v1/bids", kai.token(), Map.of("text", "Tee?")).body().get("id").asLong();
        api().post("/api/v1/bids/" + bid + "/response", robin.token(), Map.of("response", "toward"));

        var robins = api().get("/api/v1/timeline", robin.token()).body();
        var kais = api().get("/api/v1/timeline", kai.token()).body();

        assertThat(robins.toString()).contains("Die Kontaktbitte „Tee?“: zugewandt").contains("hat eine Kontaktbitte gemacht");
        assertThat(kais.toString()).contains("The bid “Tee?” was turned toward");
    }

    @Test
    void theStarterCommitmentsAreOfferedInTheReadersLanguage() throws Exception {
        String page = mvc.perform(get("/agreement/edit").cookie(WebSessions.signIn(mvc, robin)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Wenn ich etwas von dir brauche, bitte ich klar darum")
                .doesNotContain("I will ask for it plainly");
    }
}
