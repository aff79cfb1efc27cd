package app.tandem.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner who chose German reads shared load and plans in German: the pages, the words built in
 * Java (areas, owners, a plan's kind and stage), and what the API says when it refuses input (400)
 * or an action at the wrong time (409). The browser's language is English on purpose: the
 * partner's choice wins.
 */
class LoadAndPlanInGermanTest extends IntegrationTest {

    private TestCouple couple;
    private TestPartner robin;
    private Cookie session;

    @BeforeEach
    void robinChoosesGerman() throws Exception {
        couple = aCouple();
        robin = couple.robin();
        assertThat(api().put("/api/v1/me/language", robin.token(), Map.of("language", "de")).status()).isEqualTo(200);
        session = WebSessions.signIn(mvc, robin);
    }

    @Test
    void theLoadPagesSpeakGerman() throws Exception {
        mvc.perform(post("/load/catalogue").cookie(session).with(csrf()).header("Accept-Language", "en")
                .param("pick", "laundry").param("owner-laundry", "shared"));

        mvc.perform(get("/load").cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("<h1 id=\"load-title\">Unsere Aufgaben</h1>"),
                        containsString("Zuhause"), containsString("Erledigen: <strong>Wir beide</strong>"),
                        containsString("Alle 3 Tage"), containsString("Wäsche"), not(containsString("Our load")))));
        mvc.perform(get("/load/catalogue").cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Was gehört zu unserem Leben?"),
                        containsString("Abwasch und Küche aufräumen"), containsString("Familie &amp; Freunde"))));
        mvc.perform(get("/load/balance").cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("<h1>Unsere Balance</h1>"),
                        containsString("Was für uns fair ist"), containsString("Ihr habt euren fairen Anteil noch nicht festgelegt."),
                        not(containsString("What is fair for us")))));
    }

    @Test
    void aPlansPageSpeaksGerman() throws Exception {
        long id = aPlan();

        mvc.perform(get("/plans/" + id).cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Ein Familientreffen"),
                        containsString("Jede:r von euch schreibt für sich eine Vorhersage."),
                        containsString("<h2 id=\"plan-predict-title\">Vorhersagen</h2>"),
                        containsString("Meine Vorhersage speichern"), not(containsString("Keep my prediction")))));
        mvc.perform(get("/plans").cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Plant für einen schwierigen Termin"),
                        containsString("Den Plan anlegen"))));
    }

    @Test
    void theLoadApiRefusesInGerman() {
        Response bad = api().post("/api/v1/load/items", robin.token(), Map.of("title", " ", "area", "home",
                "cadence", "weekly", "minutes", 10, "noticing", "A", "planning", "A", "doing", "A"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get("title").asString()).isEqualTo("Gib der Aufgabe einen kurzen Namen.");

        Response nothingToAgree = api().post("/api/v1/load/fair-share/agree", robin.token(), "");
        assertThat(nothingToAgree.status()).isEqualTo(409);
        assertThat(nothingToAgree.body().get("detail").asString())
                .isEqualTo("Es gibt keine vorgeschlagene Aufteilung, der du zustimmen könntest.");
    }

    @Test
    void thePlanApiRefusesInGerman() {
        Response bad = api().post("/api/v1/plans", robin.token(), Map.of("kind", "picnic", "title", "Ein Picknick",
                "startsAt", clock.instant().plus(Duration.ofDays(2)).toString()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get("kind").asString())
                .isEqualTo("Wähl eine der Arten von Terminen, oder „Etwas anderes“.");

        Response tooSoon = api().post("/api/v1/plans/" + aPlan() + "/signature", robin.token(), "");
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.body().get("detail").asString())
                .isEqualTo("Der Plan wird unterschrieben, sobald beide Vorhersagen gezeigt sind: Schreib zuerst deine.");
    }

    private long aPlan() {
        Response started = api().post("/api/v1/plans", robin.token(), Map.of("kind", "family-gathering",
                "title", "Das Familienfest", "startsAt",
                clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString()));
        assertThat(started.status()).isEqualTo(201);
        return started.body().get("id").asLong();
    }
}
