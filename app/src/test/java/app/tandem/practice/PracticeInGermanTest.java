package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner who chose German practises in German: every practice page, the words built in Java
 * (leanings, statements, small asks, whose turn it is), and what the API says when it refuses.
 */
class PracticeInGermanTest extends IntegrationTest {

    private TestCouple couple;
    private Cookie robin;

    @BeforeEach
    void robinReadsGerman() throws Exception {
        couple = aCouple();
        assertThat(api().put("/api/v1/me/language", couple.robin().token(), Map.of("language", "de")).status())
                .isEqualTo(200);
        robin = WebSessions.signIn(mvc, couple.robin());
    }

    @Test
    void myPracticeAndTheCheckInSpeakGerman() throws Exception {
        api().put("/api/v1/practice", couple.robin().token(), Map.of("smallAsksWeekly", 2, "lifeOfMyOwn", true));
        assertThat(page("/practice")).contains("<html lang=\"de\"").contains("<h1 id=\"practice-title\">Mein Üben</h1>")
                .contains("Du hast noch nicht geübt").contains("Such du heute Abend den Film aus.")
                .contains("0 kleine Bitten diese Woche, von den 2, die du gewählt hast.")
                .contains("Ein eigenes Leben").doesNotContain("My practice").doesNotContain("Pick the film tonight.");
        String needPath = api().post("/api/v1/practice/small-asks", couple.robin().token(),
                Map.of("text", "Machst du mir einen Tee?", "as", "need")).body().get("threadPath").asString();
        assertThat(api().get("/api/v1" + needPath, couple.kai().token()).body().get("feeling").asString())
                .as("the asker's words, in the asker's language").isEqualTo("bereit, mir von dir helfen zu lassen");

        assertThat(page("/check-ins")).contains("Ein Check-in, nur für dich")
                .contains("Wenn ich Hilfe brauche, kläre ich es lieber allein, als zu fragen.")
                .contains("trifft sehr auf mich zu").doesNotContain("When I need help");

        long checkIn = api().post("/api/v1/check-ins", couple.robin().token(),
                Map.of("answers", CheckInStatementsTest.answers(5, 1))).body().get("id").asLong();
        assertThat(page("/check-ins/" + checkIn)).contains("Neigung, alles allein zu machen")
                .contains("Das ist keine Diagnose").contains("<strong id=\"suggested\">Kleine Bitten</strong>")
                .doesNotContain("leaning toward going it alone");
    }

    @Test
    void appreciationsWhatEachBringsAndReassuranceSpeakGerman() throws Exception {
        assertThat(page("/appreciations")).contains("Kai wertschätzen").contains("Noch keine Wertschätzungen.")
                .doesNotContain("Appreciate Kai");
        assertThat(page("/brings")).contains("Was wir beide einbringen").contains("Was Kai mir gibt")
                .doesNotContain("What each of us brings");
        assertThat(page("/practice/reassurance")).contains("Zuerst ein Moment für dich")
                .contains("<label for=\"r-feeling\">Ich fühle mich</label>").doesNotContain("Breathe out slowly");
    }

    @Test
    void theStateOfUsSpeaksGermanToTheGermanPartnerAndEnglishToTheOther() throws Exception {
        long id = api().post("/api/v1/state-of-us", couple.robin().token(), Map.of()).body().get("id").asLong();

        assertThat(page("/state-of-us")).contains("Unser „Wie geht’s uns?“").doesNotContain("Our state of us");
        assertThat(page("/state-of-us/" + id)).contains("Ihr könnt beide ein Thema einbringen.")
                .contains("Ich fühle mich …, weil …, und ich brauche …").contains("id=\"coach-english-only\"")
                .doesNotContain("Either of you");
        String kais = mvc.perform(get("/state-of-us/" + id).cookie(WebSessions.signIn(mvc, couple.kai())))
                .andReturn().getResponse().getContentAsString();
        assertThat(kais).contains("Either of you can bring one issue.").doesNotContain("coach-english-only");
    }

    @Test
    void aFieldErrorAndAConflictReadInGermanThroughTheApi() {
        Response badDay = api().post("/api/v1/practice/own-plans", couple.robin().token(),
                Map.of("text", "Töpferkurs", "plannedFor", "nächsten Dienstag"));
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.body().get("errors").get("plannedFor").asString())
                .isEqualTo("Der Tag ist kein Datum; nimm die Datumsauswahl oder schreib jjjj-mm-tt.");

        long id = api().post("/api/v1/state-of-us", couple.kai().token(), Map.of()).body().get("id").asLong();
        api().post("/api/v1/state-of-us/" + id + "/close", couple.kai().token(), "");
        Response over = api().post("/api/v1/state-of-us/" + id + "/turns", couple.robin().token(),
                Map.of("text", "Noch eine Sache"));
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.body().get("detail").asString())
                .isEqualTo("Dieses „Wie geht’s uns?“ ist vorbei; plan das nächste für die kommende Woche.");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).cookie(robin)).andReturn().getResponse().getContentAsString();
    }
}
