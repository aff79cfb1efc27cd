package app.tandem.repair;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepairApiTest extends IntegrationTest {

    static final String CARE = "When one of us reaches out, the other turns toward them.";

    private TestPartner robin;
    private TestPartner kai;

    @BeforeEach
    void aCoupleWithAnAgreement() {
        TestCouple couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
        couple.withAgreementInForce("We chose each other.", CARE, "We repair before we sleep.");
    }

    @Test
    void aHurtOnABidInvokesTheAgreementAndIsRepaired() {
        long bid = api().post("/api/v1/bids", robin.token(), Map.of("text", "Can we connect tonight?")).body()
                .get("id").asLong();
        Response turned = api().post("/api/v1/bids/" + bid + "/response", kai.token(),
                Map.of("response", "away", "text", "Yeah, but I'm dying to watch the finale"));
        assertThat(turned.body().get("coachLabels").valueStream().map(l -> l.asString())).contains("dismissal");

        Response hurt = api().post("/api/v1/hurts", robin.token(), Map.of("subject", "bid", "subjectId", bid,
                "whatHappened", "I asked to connect tonight and heard \"yeah, but\"", "howIFelt", "lonely",
                "commitment", CARE));
        long id = hurt.body().get("id").asLong();
        assertThat(hurt.status()).isEqualTo(201);
        assertThat(hurt.body().get("message").asString()).startsWith("That hurt.").contains("We agreed: “" + CARE)
                .endsWith("I'm telling you I need your care.");

        clock.advance(Duration.ofMinutes(42));
        Response repair = api().post("/api/v1/hurts/" + id + "/repairs", kai.token(), Map.of(
                "acknowledge", "You reached for me and I brushed you off.", "apologise", "I'm sorry.",
                "willDo", "The show can wait; let's talk now."));
        Response accepted = api().post("/api/v1/hurts/" + id + "/acceptance", robin.token(), "");

        assertThat(repair.status()).isEqualTo(201);
        assertThat(accepted.body().get("status").asString()).isEqualTo("repaired");
        assertThat(accepted.body().get("secondsToRepair").asLong()).isBetween(42 * 60L, 43 * 60L);
        assertThat(accepted.body().get("attempts").get(0).get("status").asString()).isEqualTo("accepted");
    }

    @Test
    void theHurtPartnerCanSayWhatIsStillNeededAndTheOtherTriesAgain() {
        long id = hurt(robin, "You forgot my recital.", "invisible");
        repair(kai, id, "I missed it.");

        Response notYet = api().post("/api/v1/hurts/" + id + "/not-yet", robin.token(),
                Map.of("stillNeeded", "I need to hear that it mattered to you."));
        Response second = repair(kai, id, "I see it mattered, and I missed something that matters to you.");
        api().post("/api/v1/hurts/" + id + "/acceptance", robin.token(), "");

        assertThat(notYet.body().get("attempts").get(0).get("status").asString()).isEqualTo("not_yet");
        assertThat(second.status()).isEqualTo(201);
        assertThat(api().get("/api/v1/hurts/" + id, kai.token()).body().get("attempts").size()).isEqualTo(2);
    }

    @Test
    void onlyTheOtherPartnerRepairsAndOnlyTheHurtPartnerAnswers() {
        long id = hurt(robin, "You laughed at my idea.", "small");

        assertThat(repair(robin, id, "self-repair").status()).isEqualTo(404);
        assertThat(api().post("/api/v1/hurts/" + id + "/acceptance", robin.token(), "").status()).isEqualTo(409);
        repair(kai, id, "I laughed and it stung you.");
        assertThat(api().post("/api/v1/hurts/" + id + "/acceptance", kai.token(), "").status()).isEqualTo(404);
        assertThat(repair(kai, id, "again").status()).isEqualTo(409);
        api().post("/api/v1/hurts/" + id + "/acceptance", robin.token(), "");
        assertThat(api().post("/api/v1/hurts/" + id + "/acceptance", robin.token(), "").status()).isEqualTo(409);
        assertThat(repair(kai, id, "more").status()).isEqualTo(409);
    }

    @Test
    void theCoachReviewsTheHurtAndTheRepair() {
        Response hurt = api().post("/api/v1/hurts", robin.token(), Map.of("whatHappened",
                "You never listen to me", "howIFelt", "ignored"));
        long id = hurt.body().get("id").asLong();
        Response repair = api().post("/api/v1/hurts/" + id + "/repairs", kai.token(), Map.of(
                "acknowledge", "I get it", "apologise", "I'm sorry, but you always exaggerate", "willDo", "Whatever."));

        assertThat(hurt.body().get("coachLabels").valueStream().map(l -> l.asString())).contains("criticism");
        assertThat(repair.body().get("attempts").get(0).get("coachLabels").size()).isPositive();
    }

    @Test
    void fieldsAreRequiredAndLimitedAndCommitmentsMustBeInForce() {
        Response empty = api().post("/api/v1/hurts", robin.token(), Map.of("whatHappened", " ", "howIFelt", ""));
        Response huge = api().post("/api/v1/hurts", robin.token(), Map.of("whatHappened", "x".repeat(2_001),
                "howIFelt", "sad"));
        Response madeUp = api().post("/api/v1/hurts", robin.token(), Map.of("whatHappened", "x", "howIFelt", "sad",
                "commitment", "You must always obey me."));
        Response badSubject = api().post("/api/v1/hurts", robin.token(), Map.of("subject", "poem",
                "whatHappened", "x", "howIFelt", "sad"));
        Response noSuchBid = api().post("/api/v1/hurts", robin.token(), Map.of("subject", "bid", "subjectId", 999_999_999,
                "whatHappened", "x", "howIFelt", "sad"));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").propertyNames()).contains("whatHappened", "howIFelt");
        assertThat(huge.body().get("errors").get("whatHappened").asString()).contains("2,000");
        assertThat(madeUp.body().get("errors").get("commitment").asString()).contains("agreement");
        assertThat(badSubject.status()).isEqualTo(400);
        assertThat(noSuchBid.status()).isEqualTo(404);
    }

    @Test
    void aReminderAfterAMissedNeedQuotesACommitmentAndIsHeard() {
        long need = api().post("/api/v1/needs", robin.token(), Map.of("feeling", "tired", "because",
                "I did bedtime alone all week", "need", "you to do bedtime on Thursday", "send", true)).body()
                .get("id").asLong();

        Response reminder = api().post("/api/v1/reminders", robin.token(), Map.of("needId", need,
                "commitment", CARE, "message", RepairService.reminderDraft(CARE)));
        Response heard = api().post("/api/v1/reminders/" + reminder.body().get("id").asLong() + "/acknowledgement",
                kai.token(), "");

        assertThat(reminder.status()).isEqualTo(201);
        var coachSaid = api().post("/api/v1/coach", robin.token(), Map.of("kind", "need",
                "text", RepairService.reminderDraft(CARE))).body().get("labels");
        assertThat(reminder.body().get("coachLabels")).isEqualTo(coachSaid); // advised, never blocked
        assertThat(heard.body().get("acknowledgedAt").asString()).isNotBlank();
        assertThat(api().get("/api/v1/reminders", kai.token()).body().get(0).get("commitment").asString()).isEqualTo(CARE);
    }

    @Test
    void aReminderNeedsACommitmentInForce() {
        TestCouple other = aCouple();

        Response none = api().post("/api/v1/reminders", other.robin().token(), Map.of("commitment", "x", "message", "y"));
        Response missing = api().post("/api/v1/reminders", robin.token(), Map.of("message", "Please."));

        assertThat(none.status()).isEqualTo(409);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get("commitment").asString()).contains("Choose");
    }

    private long hurt(TestPartner by, String what, String felt) {
        return api().post("/api/v1/hurts", by.token(), Map.of("whatHappened", what, "howIFelt", felt)).body()
                .get("id").asLong();
    }

    private Response repair(TestPartner by, long hurtId, String acknowledge) {
        return api().post("/api/v1/hurts/" + hurtId + "/repairs", by.token(), Map.of("acknowledge", acknowledge,
                "apologise", "I'm sorry.", "willDo", "I'll come to the next one."));
    }
}
