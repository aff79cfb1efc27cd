package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The weekly state of us: planned, one issue in speaker and listener turns, next week's needs sent as needs. */
class StateOfUsTest extends IntegrationTest {

    private TestCouple couple;
    private long id;

    @BeforeEach
    void planned() {
        couple = aCouple();
        Response planned = api().post("/api/v1/state-of-us", couple.robin().token(), Map.of("at", "2026-12-06T18:00:00Z"));
        assertThat(planned.status()).isEqualTo(201);
        id = planned.body().get("id").asLong();
    }

    @Test
    void whenItsTimeComesBothAreRemindedOnce() {
        Instant at = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        long soon = api().post("/api/v1/state-of-us", couple.kai().token(), Map.of("at", at.toString())).body()
                .get("id").asLong();

        deliverNow();
        assertThat(reminders(couple.robin().token(), soon)).isZero();
        clock.advance(Duration.ofMinutes(61));
        deliverNow();
        deliverNow();

        assertThat(reminders(couple.robin().token(), soon)).isEqualTo(1);
        assertThat(reminders(couple.kai().token(), soon)).isEqualTo(1);
    }

    private long reminders(String token, long meeting) {
        return api().get("/api/v1/inbox", token).body().get("entries").valueStream()
                .filter(e -> e.get("kind").asString().equals("state_of_us_due"))
                .filter(e -> e.get("threadPath").asString().equals("/state-of-us/" + meeting)).count();
    }

    @Test
    void theTimeIsKeptAndThePartnerIsTold() {
        assertThat(api().get("/api/v1/state-of-us/" + id, couple.kai().token()).body().get("scheduledFor").asString())
                .isEqualTo("2026-12-06T18:00:00Z");
        assertThat(api().get("/api/v1/inbox", couple.kai().token()).raw().body()).contains("planned your state of us");
    }

    @Test
    void theIssueGoesInSpeakerAndListenerTurnsThatTheCoachReads() {
        assertThat(turn(couple.kai().token(), "I feel stretched because the mornings are rushed, and I need you to "
                + "make the lunches on Tuesdays.").status()).isEqualTo(200);
        Response speakerAgain = turn(couple.kai().token(), "And another thing.");
        assertThat(speakerAgain.status()).as("the listener reflects first").isEqualTo(409);

        Response reflected = turn(couple.robin().token(), "What I hear is that mornings feel rushed and you'd like me "
                + "to do Tuesday lunches.");
        assertThat(reflected.status()).isEqualTo(200);
        Response listenerAgain = turn(couple.robin().token(), "Also…");
        assertThat(listenerAgain.status()).isEqualTo(409);

        JsonNode meeting = api().get("/api/v1/state-of-us/" + id, couple.robin().token()).body();
        assertThat(meeting.get("issueSpeaker").asLong()).isEqualTo(couple.kai().id());
        assertThat(meeting.get("turns").valueStream().map(t -> t.get("role").asString()))
                .containsExactly("speaker", "listener");
        assertThat(meeting.get("nextRole").asString()).isEqualTo("speaker");
    }

    @Test
    void theCoachKeepsItsLabelsOnAHarshTurn() {
        turn(couple.robin().token(), "You never listen to me and you always ignore the dishes.");

        JsonNode turn = api().get("/api/v1/state-of-us/" + id, couple.robin().token()).body().get("turns").get(0);
        assertThat(turn.get("coachLabels").valueStream().map(JsonNode::asString)).contains("criticism");
    }

    @Test
    void theCoachReadsATurnWhileItIsWritten() throws Exception {
        String notes = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/state-of-us/" + id + "/review").with(org.springframework.security.test.web.servlet
                                .request.SecurityMockMvcRequestPostProcessors.csrf())
                        .cookie(app.tandem.support.WebSessions.signIn(mvc, couple.robin()))
                        .param("text", "You never listen to me."))
                .andReturn().getResponse().getContentAsString();

        assertThat(notes).contains("<mark").contains("never");
    }

    @Test
    void whatEachNeedsNextWeekIsSentAsANeed() {
        Response sent = api().post("/api/v1/state-of-us/" + id + "/needs", couple.kai().token(),
                Map.of("feeling", "hopeful", "because", "we talked", "need", "a walk together on Saturday"));

        assertThat(sent.status()).isEqualTo(201);
        long need = sent.body().get("needId").asLong();
        assertThat(api().get("/api/v1/needs/" + need, couple.robin().token()).body().get("need").asString())
                .isEqualTo("a walk together on Saturday");
    }

    @Test
    void whatWentWellIsPulledFromBidsNeedsAndRepairs() {
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Look at this sunset")).body()
                .get("id").asLong();
        api().post("/api/v1/bids/" + bid + "/response", couple.kai().token(), Map.of("response", "toward"));
        couple.needIn(app.tandem.need.NeedStatus.MET);
        couple.hurtIn(app.tandem.repair.HurtStage.REPAIRED);

        JsonNode well = api().get("/api/v1/state-of-us/went-well", couple.kai().token()).body();
        assertThat(well.get("bidsTurnedToward").get(0).asString()).isEqualTo("Look at this sunset");
        assertThat(well.get("needsMet").get(0).asString()).isEqualTo("you to cook on Thursday");
        assertThat(well.get("repairs")).hasSize(1);
    }

    @Test
    void aClosedStateOfUsTakesNoMoreTurns() {
        api().post("/api/v1/state-of-us/" + id + "/close", couple.kai().token(), "");
        assertThat(turn(couple.robin().token(), "One more thing").status()).isEqualTo(409);
    }

    private Response turn(String token, String text) {
        return api().post("/api/v1/state-of-us/" + id + "/turns", token, Map.of("text", text));
    }
}
