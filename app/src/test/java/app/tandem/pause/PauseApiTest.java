package app.tandem.pause;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.repair.HurtStage;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PauseApiTest extends IntegrationTest {

    private TestCouple couple;
    private TestPartner robin;
    private TestPartner kai;

    @BeforeEach
    void formACouple() {
        couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
    }

    @Test
    void aPausedThreadTakesNoNewMessagesUntilItsReturnTime() {
        long bid = api().post("/api/v1/bids", robin.token(), Map.of("text", "Can we talk about money?")).body()
                .get("id").asLong();

        Response pause = api().post("/api/v1/pauses", kai.token(), Map.of("thread", "bid", "threadId", bid));
        Response blocked = api().post("/api/v1/bids/" + bid + "/response", kai.token(), Map.of("response", "toward"));

        assertThat(pause.status()).isEqualTo(201);
        assertThat(Duration.between(java.time.Instant.parse(pause.body().get("startedAt").asString()),
                java.time.Instant.parse(pause.body().get("returnsAt").asString()))).isEqualTo(Duration.ofMinutes(20));
        assertThat(pause.body().get("suggestion").asString()).isNotBlank();
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("detail").asString()).contains("paused for another");

        clock.advance(Duration.ofMinutes(21));

        assertThat(api().post("/api/v1/bids/" + bid + "/response", kai.token(), Map.of("response", "toward")).status())
                .isEqualTo(200);
        var notices = api().get("/api/v1/pauses", robin.token()).body();
        assertThat(notices.get(0).get("running").asBoolean()).isFalse();
    }

    @Test
    void aPauseCanBeLongerAndEitherPartnerCanComeBackEarly() {
        long need = api().post("/api/v1/needs", robin.token(), Map.of("feeling", "tense", "because", "the rent rose",
                "need", "us to look at the budget on Sunday", "send", true)).body().get("id").asLong();

        Response pause = api().post("/api/v1/pauses", robin.token(), Map.of("thread", "need", "threadId", need,
                "minutes", 45));
        assertThat(api().post("/api/v1/needs/" + need + "/reflection", kai.token(), Map.of("text", "What I hear is…"))
                .status()).isEqualTo(409);
        Response ended = api().post("/api/v1/pauses/" + pause.body().get("id").asLong() + "/end", kai.token(), "");

        assertThat(ended.body().get("running").asBoolean()).isFalse();
        assertThat(api().post("/api/v1/needs/" + need + "/reflection", kai.token(), Map.of("text", "What I hear is…"))
                .status()).isEqualTo(200);
    }

    @Test
    void aHurtCanBePausedToo() {
        long hurt = couple.hurtIn(HurtStage.OPEN).id();
        api().post("/api/v1/pauses", robin.token(), Map.of("thread", "hurt", "threadId", hurt));

        assertThat(api().post("/api/v1/hurts/" + hurt + "/repairs", kai.token(), Map.of("acknowledge", "a",
                "apologise", "b", "willDo", "c")).status()).isEqualTo(409);
    }

    @Test
    void badPausesAreRefusedClearly() {
        long bid = api().post("/api/v1/bids", robin.token(), Map.of("text", "Tea?")).body().get("id").asLong();

        assertThat(api().post("/api/v1/pauses", robin.token(), Map.of("thread", "poem", "threadId", bid)).status())
                .isEqualTo(400);
        assertThat(api().post("/api/v1/pauses", robin.token(), Map.of("thread", "bid", "threadId", bid, "minutes", 1))
                .status()).isEqualTo(400);
        assertThat(api().post("/api/v1/pauses", robin.token(), Map.of("thread", "bid", "threadId", 987_654_321))
                .status()).isEqualTo(404);
        api().post("/api/v1/pauses", robin.token(), Map.of("thread", "bid", "threadId", bid));
        assertThat(api().post("/api/v1/pauses", kai.token(), Map.of("thread", "bid", "threadId", bid)).status())
                .isEqualTo(409);
    }
}
