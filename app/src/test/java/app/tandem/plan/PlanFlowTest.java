package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A plan from start to debrief, through the API: predictions private until both, signals, tasks, a missed agreement. */
class PlanFlowTest extends IntegrationTest {

    private TestCouple couple;
    private long id;
    private Instant startsAt;

    @BeforeEach
    void aPlanForTheParty() {
        couple = aCouple();
        startsAt = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Response started = api().post("/api/v1/plans", couple.robin().token(), Map.of("kind", "family-gathering",
                "title", "Kai's family party", "startsAt", startsAt.toString(), "place", "Aunt Jo's"));
        assertThat(started.status()).isEqualTo(201);
        id = started.body().get("id").asLong();
    }

    @Test
    void aPredictionStaysPrivateUntilBothAreWrittenThenBothAreRevealed() {
        predict(couple.robin().token(), "Very hard: the uncles", "go quiet and hide in the kitchen",
                "I'd like it if you stayed with me most of the time");

        JsonNode kaiSees = plan(couple.kai().token());
        assertThat(kaiSees.get("stage").asString()).isEqualTo("predicting");
        assertThat(kaiSees.get("predictedBy").valueStream().map(JsonNode::asLong).toList()).containsExactly(couple.robin().id());
        assertThat(kaiSees.get("predictions").size()).isZero();
        assertThat(api().get("/api/v1/plans/" + id, couple.kai().token()).raw().body()).doesNotContain("the uncles");
        assertThat(api().get("/api/v1/me/export", couple.kai().token()).raw().body()).doesNotContain("the uncles");
        assertThat(plan(couple.robin().token()).get("predictions").size()).isEqualTo(1);
        assertThat(api().get("/api/v1/me/export", couple.robin().token()).raw().body()).contains("the uncles");

        predict(couple.kai().token(), "Easy for me", "get talkative", "I'd like you to squeeze my hand when you need me");

        for (String token : List.of(couple.robin().token(), couple.kai().token())) {
            JsonNode both = plan(token);
            assertThat(both.get("stage").asString()).isEqualTo("planning");
            assertThat(both.get("predictions").size()).isEqualTo(2);
            assertThat(both.toString()).contains("the uncles").contains("squeeze my hand");
        }
        assertThat(api().put("/api/v1/plans/" + id + "/prediction", couple.robin().token(), Map.of("howHard", "x",
                "underStress", "y", "needFromYou", "z")).status()).as("revealed predictions stay as written").isEqualTo(409);
    }

    @Test
    void thePlanIsShapedOnlyOnceBothPredictedAndAChangeAsksBothToSignAgain() {
        assertThat(api().post("/api/v1/plans/" + id + "/agreements", couple.robin().token(),
                Map.of("text", "We arrive together.")).status()).isEqualTo(409);
        bothPredict();
        agree("We arrive together.");
        assertThat(api().post("/api/v1/plans/" + id + "/signature", couple.robin().token(), "").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/plans/" + id + "/signature", couple.kai().token(), "").status()).isEqualTo(200);
        assertThat(plan(couple.kai().token()).get("stage").asString()).isEqualTo("signed");

        agree("Either of us can leave by ten.");
        JsonNode changed = plan(couple.kai().token());
        assertThat(changed.get("stage").asString()).isEqualTo("planning");
        assertThat(changed.get("signedBy").size()).isZero();
    }

    @Test
    void whoDoesWhatBecomesAOneOffLoadItemOfItsOwner() {
        bothPredict();
        Response added = api().post("/api/v1/plans/" + id + "/tasks", couple.robin().token(),
                Map.of("text", "Book the babysitter", "who", "you"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("tasks").get(0).get("ownerId").asLong()).isEqualTo(couple.kai().id());
        String items = api().get("/api/v1/load/items", couple.kai().token()).raw().body();
        assertThat(items).contains("Book the babysitter").contains("one-off");
    }

    @Test
    void aSignalReachesThePartnerAtOnceAndTheSenderSeesItWasSeen() {
        Response sent = api().post("/api/v1/plans/" + id + "/signals", couple.robin().token(), Map.of("kind", "come-find-me"));
        assertThat(sent.status()).isEqualTo(201);
        long signal = sent.body().get("signals").get(0).get("id").asLong();

        assertThat(api().get("/api/v1/inbox", couple.kai().token()).raw().body()).contains("signal_come_find_me")
                .contains("come find me");
        Instant due = jdbc.sql("select d.due_at from delivery d join notification n on n.id = d.notification_id "
                        + "where n.recipient_id = ? and n.kind = 'SIGNAL_COME_FIND_ME'")
                .param(couple.kai().id()).query(java.time.OffsetDateTime.class).list().stream().findFirst()
                .map(java.time.OffsetDateTime::toInstant).orElse(null);
        assertThat(due).as("a push is planned for the signal").isNotNull();
        assertThat(due).as("a signal waits for no grouping window").isBeforeOrEqualTo(clock.instant());
        assertThat(api().post("/api/v1/plans/" + id + "/signals/" + signal + "/seen", couple.robin().token(), "")
                .status()).as("only the partner it was sent to acknowledges it").isEqualTo(404);
        assertThat(api().post("/api/v1/plans/" + id + "/signals/" + signal + "/seen", couple.kai().token(), "")
                .status()).isEqualTo(200);
        assertThat(plan(couple.robin().token()).get("signals").get(0).get("seenAt").isNull()).isFalse();
        assertThat(api().get("/api/v1/inbox", couple.robin().token()).raw().body()).contains("saw your signal");
    }

    @Test
    void afterTheEventAMissedAgreementGivesTheWordsOfAHurtAndTheDebriefIsReminded() {
        bothPredict();
        long agreement = agree("We leave by ten.").get("agreements").get(0).get("id").asLong();
        assertThat(api().post("/api/v1/plans/" + id + "/agreements/" + agreement + "/missed", couple.robin().token(), "")
                .status()).as("not before the event").isEqualTo(409);
        Instant debriefAt = startsAt.plus(Duration.ofHours(20));
        assertThat(api().put("/api/v1/plans/" + id + "/debrief-time", couple.kai().token(),
                Map.of("at", debriefAt.toString())).status()).isEqualTo(200);

        clock.setTo(debriefAt.plusSeconds(60));
        deliverNow();
        assertThat(api().get("/api/v1/inbox", couple.robin().token()).raw().body()).contains("plan_debrief_due");

        Response missed = api().post("/api/v1/plans/" + id + "/agreements/" + agreement + "/missed",
                couple.robin().token(), "");
        assertThat(missed.status()).isEqualTo(200);
        assertThat(missed.body().get("hurtText").asString()).contains("We leave by ten.").doesNotContain("you always");
        assertThat(missed.body().get("hurtPath").asString()).startsWith("/hurts/new?whatHappened=");
        assertThat(api().put("/api/v1/plans/" + id + "/debrief", couple.robin().token(), Map.of("hadYourBack", "Mostly",
                "whatWorked", "Arriving together", "changeNextTime", "Leave at ten, really")).status()).isEqualTo(200);
        assertThat(plan(couple.kai().token()).get("agreements").get(0).get("missed").asBoolean()).isTrue();
    }

    @Test
    void lessonsCarryIntoTheNextPlanOfTheSameKind() {
        bothPredict();
        clock.setTo(startsAt.plusSeconds(3600));
        api().put("/api/v1/plans/" + id + "/debrief", couple.kai().token(), Map.of("hadYourBack", "Yes",
                "whatWorked", "The signal", "changeNextTime", "Arrive after the speeches"));
        long next = api().post("/api/v1/plans", couple.kai().token(), Map.of("kind", "family-gathering",
                "title", "The next one", "startsAt", startsAt.plus(Duration.ofDays(30)).toString())).body().get("id").asLong();
        PlanService service = context.getBean(PlanService.class);
        assertThat(service.lessons(couple.kai().id(), service.get(couple.kai().id(), next)))
                .containsExactly("Arrive after the speeches");
    }

    @Test
    void whatWeKnowIsSharedItemByItem() {
        api().post("/api/v1/plans/know-me", couple.robin().token(), Map.of("kind", "hard", "text", "Loud rooms",
                "shared", true));
        long secret = api().post("/api/v1/plans/know-me", couple.robin().token(), Map.of("kind", "helps",
                "text", "A quiet corner of my own")).body().get("id").asLong();
        String kaiSees = api().get("/api/v1/plans/know-me/shared-with-me", couple.kai().token()).raw().body();
        assertThat(kaiSees).contains("Loud rooms").doesNotContain("quiet corner");
        assertThat(api().get("/api/v1/me/export", couple.kai().token()).raw().body()).doesNotContain("quiet corner");
        api().put("/api/v1/plans/know-me/" + secret + "/shared", couple.robin().token(), Map.of("shared", true));
        assertThat(api().get("/api/v1/plans/know-me/shared-with-me", couple.kai().token()).raw().body())
                .contains("quiet corner");
        assertThat(api().put("/api/v1/plans/know-me/" + secret + "/shared", couple.kai().token(), Map.of("shared", false))
                .status()).isEqualTo(404);
    }

    private void bothPredict() {
        predict(couple.robin().token(), "Hard", "go quiet", "I'd like it if you stayed near me");
        predict(couple.kai().token(), "Fine", "talk a lot", "I'd like you to tell me when you need me");
    }

    private JsonNode agree(String text) {
        Response r = api().post("/api/v1/plans/" + id + "/agreements", couple.robin().token(), Map.of("text", text));
        assertThat(r.status()).isEqualTo(201);
        return r.body();
    }

    private void predict(String token, String howHard, String underStress, String needFromYou) {
        assertThat(api().put("/api/v1/plans/" + id + "/prediction", token, Map.of("howHard", howHard,
                "underStress", underStress, "needFromYou", needFromYou)).status()).isEqualTo(200);
    }

    private JsonNode plan(String token) {
        return api().get("/api/v1/plans/" + id, token).body();
    }
}
