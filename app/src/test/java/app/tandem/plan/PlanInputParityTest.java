package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every plan action: the same bad input gets the same field errors on the page and in the API. */
class PlanInputParityTest extends IntegrationTest {

    private static final String LONG = "y".repeat(2_001);
    private static final String NUL = "a\u0000b";

    private TestCouple couple;
    private Cookie robinSession;
    private long id;
    private Instant startsAt;

    @BeforeEach
    void aPlanBothPredicted() throws Exception {
        couple = aCouple();
        robinSession = WebSessions.signIn(mvc, couple.robin());
        startsAt = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        id = api().post("/api/v1/plans", couple.robin().token(), Map.of("kind", "trip", "title", "The trip",
                "startsAt", startsAt.toString())).body().get("id").asLong();
    }

    @Test
    void startingAPlan() throws Exception {
        for (Map<String, String> input : List.of(Map.of("kind", "wedding", "title", "", "startsAt", ""),
                Map.of("kind", "trip", "title", "y".repeat(121), "startsAt", "next tuesday"),
                Map.of("kind", "move", "title", NUL, "startsAt", "2026-12-24T19:00", "place", LONG))) {
            parity("/plans", "POST", "/api/v1/plans", input);
        }
    }

    @Test
    void writingAPrediction() throws Exception {
        for (Map<String, String> input : List.of(Map.of("howHard", "", "underStress", "", "needFromYou", ""),
                Map.of("howHard", LONG, "underStress", "go quiet", "needFromYou", NUL))) {
            parity("/plans/" + id + "/prediction", "PUT", "/api/v1/plans/" + id + "/prediction", input);
        }
    }

    @Test
    void shapingThePlan() throws Exception {
        predictBoth();
        parity("/plans/" + id + "/agreements", "POST", "/api/v1/plans/" + id + "/agreements", Map.of("text", ""));
        parity("/plans/" + id + "/agreements", "POST", "/api/v1/plans/" + id + "/agreements", Map.of("text", NUL));
        parity("/plans/" + id + "/tasks", "POST", "/api/v1/plans/" + id + "/tasks", Map.of("text", "", "who", "them"));
        parity("/plans/" + id + "/signal-words", "PUT", "/api/v1/plans/" + id + "/signal-words",
                Map.of("comeFindMe", "y".repeat(81), "needToLeave", NUL));
        parity("/plans/" + id + "/signals", "POST", "/api/v1/plans/" + id + "/signals", Map.of("kind", "help"));
        parity("/plans/" + id + "/debrief-time", "PUT", "/api/v1/plans/" + id + "/debrief-time", Map.of("at", "soon"));
        parity("/plans/" + id + "/debrief-time", "PUT", "/api/v1/plans/" + id + "/debrief-time",
                Map.of("at", startsAt.minusSeconds(60).toString()));
    }

    @Test
    void debriefing() throws Exception {
        predictBoth();
        clock.setTo(startsAt.plusSeconds(60));
        parity("/plans/" + id + "/debrief", "PUT", "/api/v1/plans/" + id + "/debrief",
                Map.of("hadYourBack", "", "whatWorked", LONG, "changeNextTime", NUL));
    }

    @Test
    void keepingANote() throws Exception {
        parity("/plans/know-me", "POST", "/api/v1/plans/know-me", Map.of("kind", "", "text", ""));
        parity("/plans/know-me", "POST", "/api/v1/plans/know-me", Map.of("kind", "fear", "text", "y".repeat(501)));
    }

    @Test
    void theTemplatesAreListed() {
        assertThat(api().get("/api/v1/plans/templates", couple.kai().token()).raw().body())
                .contains("family-gathering", "work-party", "medical-appointment", "trip", "move", "in-laws-holidays",
                        "ex-or-co-parent", "We arrive together.");
    }

    private void predictBoth() {
        for (var p : List.of(couple.robin(), couple.kai())) {
            assertThat(api().put("/api/v1/plans/" + id + "/prediction", p.token(), Map.of("howHard", "Hard",
                    "underStress", "go quiet", "needFromYou", "I'd like you near me")).status()).isEqualTo(200);
        }
    }

    private void parity(String page, String method, String api, Map<String, String> input) throws Exception {
        new InputParity(mvc, api()).assertSameErrors(robinSession, couple.robin().token(), page, method, api, input, input);
    }
}
