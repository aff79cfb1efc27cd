package app.tandem.practice;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every practice action: the same bad input gets the same field errors on the page and in the API. */
class PracticeInputParityTest extends IntegrationTest {

    private static final String LONG = "y".repeat(2_001);
    private static final String NUL = "a\u0000b";

    private TestCouple couple;
    private Cookie robinSession;

    @BeforeEach
    void aCoupleSignedIn() throws Exception {
        couple = aCouple();
        robinSession = WebSessions.signIn(mvc, couple.robin());
    }

    @Test
    void takingACheckIn() throws Exception {
        parity("/check-ins", "POST", "/api/v1/check-ins", Map.of(), Map.of());
        parity("/check-ins", "POST", "/api/v1/check-ins", Map.of("answers[0]", "7", "answers[1]", "x", "answers[2]", "<b>3</b>"),
                Map.of("answers", List.of("7", "x", "<b>3</b>")));
    }

    @Test
    void sharingALeaning() throws Exception {
        long checkIn = api().post("/api/v1/check-ins", couple.robin().token(),
                Map.of("answers", CheckInStatementsTest.answers(3, 3))).body().get("id").asLong();
        for (Map<String, String> input : List.of(Map.of("leaning", "", "words", ""),
                Map.of("leaning", "anxious", "words", LONG), Map.of("leaning", "interdependent", "words", NUL))) {
            parity("/check-ins/" + checkIn + "/share", "PUT", "/api/v1/leaning", input, input);
        }
    }

    @Test
    void choosingPractices() throws Exception {
        for (Map<String, String> input : List.of(Map.of("smallAsksWeekly", "0"), Map.of("smallAsksWeekly", "lots"),
                Map.of("smallAsksWeekly", "99", "lifeOfMyOwn", "maybe"))) {
            parity("/practice/choice", "PUT", "/api/v1/practice", input, input);
        }
    }

    @Test
    void sendingASmallAsk() throws Exception {
        for (Map<String, String> input : List.of(Map.of("text", "", "as", ""), Map.of("text", LONG, "as", "bid"),
                Map.of("text", "Pick the film", "as", "<script>need</script>"))) {
            parity("/practice/small-asks", "POST", "/api/v1/practice/small-asks", input, input);
        }
    }

    @Test
    void planningSomethingOfMyOwn() throws Exception {
        for (Map<String, String> input : List.of(Map.of("text", " ", "plannedFor", "tomorrow"),
                Map.of("text", NUL, "plannedFor", "2026-13-40"))) {
            parity("/practice/own-plans", "POST", "/api/v1/practice/own-plans", input, input);
        }
    }

    @Test
    void appreciatingAndWhatEachBrings() throws Exception {
        for (String text : List.of("", LONG, NUL)) {
            parity("/appreciations", "POST", "/api/v1/appreciations", Map.of("text", text), Map.of("text", text));
        }
        for (Map<String, String> input : List.of(Map.of("youBring", "", "iBring", " "),
                Map.of("youBring", LONG, "iBring", NUL))) {
            parity("/brings", "PUT", "/api/v1/brings", input, input);
        }
    }

    @Test
    void theStateOfUs() throws Exception {
        parity("/state-of-us", "POST", "/api/v1/state-of-us", Map.of("at", "next sunday"), Map.of("at", "next sunday"));
        long id = api().post("/api/v1/state-of-us", couple.robin().token(), Map.of()).body().get("id").asLong();
        for (String text : List.of("", LONG)) {
            parity("/state-of-us/" + id + "/turns", "POST", "/api/v1/state-of-us/" + id + "/turns",
                    Map.of("text", text), Map.of("text", text));
        }
        Map<String, String> need = Map.of("feeling", "", "because", LONG, "need", " ");
        parity("/state-of-us/" + id + "/needs", "POST", "/api/v1/state-of-us/" + id + "/needs", need, need);
    }

    private void parity(String page, String method, String api, Map<String, String> form, Map<String, ?> json)
            throws Exception {
        TestPartner robin = couple.robin();
        new InputParity(mvc, api()).assertSameErrors(robinSession, robin.token(), page, method, api, form, json);
    }
}
