package app.tandem.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgreementApiTest extends IntegrationTest {

    private TestPartner robin;
    private TestPartner kai;

    @BeforeEach
    void formACouple() {
        TestCouple couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
    }

    @Test
    void aVersionComesIntoForceWhenTheSecondPartnerSignsIt() {
        Response proposed = propose(robin, 0, "We chose each other.", "Ask plainly.", "Repair before we sleep.");
        long id = proposed.body().get("id").asLong();

        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.body().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(api().get("/api/v1/agreement", kai.token()).body().get("awaitingMySignature").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/agreement", robin.token()).body().has("inForce")).isFalse();

        Response signed = api().post("/api/v1/agreement/versions/" + id + "/signature", kai.token(), "");

        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body().get("status").asString()).isEqualTo("IN_FORCE");
        var current = api().get("/api/v1/agreement", robin.token()).body();
        assertThat(current.get("inForce").get("commitments").valueStream().map(c -> c.asString()))
                .containsExactly("Ask plainly.", "Repair before we sleep.");
        assertThat(current.get("inForce").get("signedByName").asString()).isEqualTo("Kai");
    }

    @Test
    void theProposerHasAlreadySignedAndCannotSignTwice() {
        long id = propose(robin, 0, "Why.", "Ask plainly.").body().get("id").asLong();

        Response again = api().post("/api/v1/agreement/versions/" + id + "/signature", robin.token(), "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asString()).contains("your partner's signature");
    }

    @Test
    void theOtherPartnerCanCounterProposeAndTheFirstSignsTheCounter() {
        long first = propose(robin, 0, "Why.", "Ask plainly.").body().get("id").asLong();

        Response counter = propose(kai, 1, "Why, together.", "Ask plainly.", "Keep a life of our own.");
        Response signFirst = api().post("/api/v1/agreement/versions/" + first + "/signature", kai.token(), "");
        Response signCounter = api().post("/api/v1/agreement/versions/" + counter.body().get("id").asLong()
                + "/signature", robin.token(), "");

        assertThat(counter.body().get("change").get("added").get(0).asString()).isEqualTo("Keep a life of our own.");
        assertThat(counter.body().get("change").get("whyChanged").asBoolean()).isTrue();
        assertThat(signFirst.status()).isEqualTo(409);
        assertThat(signCounter.body().get("status").asString()).isEqualTo("IN_FORCE");
        List<String> statuses = api().get("/api/v1/agreement/versions", robin.token()).body().valueStream()
                .map(v -> v.get("status").asString()).toList();
        assertThat(statuses).containsExactly("IN_FORCE", "COUNTERED");
    }

    @Test
    void everyVersionIsKeptWithWhatChanged() {
        long v1 = propose(robin, 0, "Why.", "Ask plainly.", "Repair before we sleep.").body().get("id").asLong();
        api().post("/api/v1/agreement/versions/" + v1 + "/signature", kai.token(), "");
        long v2 = propose(kai, 1, "Why.", "Ask plainly.", "Ask for help early.").body().get("id").asLong();
        api().post("/api/v1/agreement/versions/" + v2 + "/signature", robin.token(), "");

        var history = api().get("/api/v1/agreement/versions", robin.token()).body();

        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(history.get(1).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(history.get(0).get("change").get("added").get(0).asString()).isEqualTo("Ask for help early.");
        assertThat(history.get(0).get("change").get("removed").get(0).asString()).isEqualTo("Repair before we sleep.");
    }

    @Test
    void aSaveOnAStaleVersionIsToldWhatChangedMeanwhile() {
        long v1 = propose(robin, 0, "Why.", "Ask plainly.").body().get("id").asLong();
        api().post("/api/v1/agreement/versions/" + v1 + "/signature", kai.token(), "");
        propose(kai, 1, "Why.", "Ask plainly.", "Turn toward each other.");

        Response stale = propose(robin, 1, "Why.", "Ask plainly.", "Keep a life of our own.");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("headNumber").asInt()).isEqualTo(2);
        assertThat(stale.body().get("changedBy").asString()).isEqualTo("Kai");
        assertThat(stale.body().get("changedMeanwhile").get("added").get(0).asString())
                .isEqualTo("Turn toward each other.");
        Response merged = propose(robin, 2, "Why.", "Ask plainly.", "Turn toward each other.", "Keep a life of our own.");
        assertThat(merged.status()).isEqualTo(201);
    }

    @Test
    void twoPartnersSavingAtTheSameMomentNeverLoseAnEdit() throws Exception {
        for (int round = 0; round < 5; round++) {
            int base = api().get("/api/v1/agreement", robin.token()).body().get("headNumber").asInt();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> saves = new ArrayList<>();
            for (TestPartner partner : List.of(robin, kai)) {
                saves.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return propose(partner, base, "Why.", "Round " + base + " by " + partner.displayName());
                }));
            }
            start.countDown();
            List<Integer> statuses = saves.stream().map(CompletableFuture::join).map(Response::status).sorted().toList();

            assertThat(statuses).as("round " + round).containsExactly(201, 409);
            Response loser = saves.stream().map(CompletableFuture::join).filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.body().get("changedMeanwhile").get("added").size()).isEqualTo(1);
        }
        assertThat(api().get("/api/v1/agreement/versions", robin.token()).body().size()).isEqualTo(5);
    }

    @Test
    void emptyHugeAndTooManyAreRefusedWithAClearMessage() {
        Response empty = propose(robin, 0, " ");
        Response hugeWhy = propose(robin, 0, "w".repeat(2_001), "Ask.");
        Response hugeCommitment = propose(robin, 0, "Why.", "c".repeat(301));
        String[] many = new String[21];
        for (int i = 0; i < many.length; i++) {
            many[i] = "Commitment " + i;
        }
        Response tooMany = propose(robin, 0, "Why.", many);
        Response wrongType = api().post("/api/v1/agreement/versions", robin.token(), "{\"why\": [1], \"commitments\": \"x\"}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").propertyNames()).contains("why", "commitments");
        assertThat(hugeWhy.body().get("errors").get("why").asString()).contains("2,000");
        assertThat(hugeCommitment.body().get("errors").get("commitments").asString()).contains("300");
        assertThat(tooMany.body().get("errors").get("commitments").asString()).contains("20");
        assertThat(wrongType.status()).isEqualTo(400);
    }

    @Test
    void markupAndUnicodeAreKeptAsWritten() {
        Response proposed = propose(robin, 0, "Wir <b>zwei</b> 💞", "Ask plainly — «always» kindly.");

        assertThat(proposed.body().get("why").asString()).isEqualTo("Wir <b>zwei</b> 💞");
    }

    @Test
    void aPartnerWithoutACoupleHasNoAgreement() {
        TestPartner single = aPartner("Single");

        assertThat(api().get("/api/v1/agreement", single.token()).status()).isEqualTo(404);
    }

    private Response propose(TestPartner partner, int base, String why, String... commitments) {
        return api().post("/api/v1/agreement/versions", partner.token(),
                Map.of("baseNumber", base, "why", why, "commitments", List.of(commitments)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
