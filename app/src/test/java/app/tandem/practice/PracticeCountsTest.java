package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Small asks go to the partner through the bid and need services and are counted quietly; the
 * weeks practised are counted and never reset, and never compared with the partner's.
 */
class PracticeCountsTest extends IntegrationTest {

    private TestCouple couple;

    @BeforeEach
    void robinChoosesSmallAsks() {
        couple = aCouple();
        assertThat(api().put("/api/v1/practice", couple.robin().token(), Map.of("smallAsksWeekly", 3)).status())
                .isEqualTo(200);
    }

    @Test
    void aSmallAskFromTheLibraryGoesAsABidOrANeedAndTheCountMoves() {
        Response asBid = api().post("/api/v1/practice/small-asks", couple.robin().token(),
                Map.of("text", "Pick the film tonight.", "as", "bid"));
        Response asNeed = api().post("/api/v1/practice/small-asks", couple.robin().token(),
                Map.of("text", "Sit with me while I call the bank.", "as", "need"));

        assertThat(asBid.status()).isEqualTo(201);
        String bidPath = asBid.body().get("threadPath").asString();
        String needPath = asNeed.body().get("threadPath").asString();
        assertThat(api().get("/api/v1" + bidPath, couple.kai().token()).body().get("text").asString())
                .isEqualTo("Pick the film tonight.");
        assertThat(api().get("/api/v1" + needPath, couple.kai().token()).body().get("need").asString())
                .isEqualTo("Sit with me while I call the bank.");
        JsonNode practice = api().get("/api/v1/practice", couple.robin().token()).body();
        assertThat(practice.get("smallAsksThisWeek").asInt()).isEqualTo(2);
        assertThat(practice.get("smallAsksWeekly").asInt()).isEqualTo(3);
        assertThat(practice.get("library").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theCountIsQuietAndMineAlone() throws Exception {
        api().post("/api/v1/practice/small-asks", couple.robin().token(), Map.of("text", "Make me a cup of tea?", "as", "bid"));

        String robins = mvc.perform(get("/practice").cookie(WebSessions.signIn(mvc, couple.robin()))).andReturn()
                .getResponse().getContentAsString();
        String kais = mvc.perform(get("/practice").cookie(WebSessions.signIn(mvc, couple.kai()))).andReturn()
                .getResponse().getContentAsString();

        assertThat(robins).contains("1 small ask this week, of the 3 you chose.").doesNotContain("streak");
        assertThat(kais).doesNotContain("small ask this week").doesNotContain("You have practised in");
        assertThat(api().get("/api/v1/practice", couple.kai().token()).body().get("smallAsksEver").asInt()).isZero();
    }

    @Test
    void weeksPractisedNeverResetAfterAWeekOff() {
        api().post("/api/v1/practice/small-asks", couple.robin().token(), Map.of("text", "Pick the film tonight.", "as", "bid"));
        clock.advance(Duration.ofDays(7));
        api().post("/api/v1/appreciations", couple.robin().token(), Map.of("text", "Thank you for the soup."));
        assertThat(weeksPractised()).isEqualTo(2);

        clock.advance(Duration.ofDays(35));
        assertThat(weeksPractised()).as("five weeks off take nothing away").isEqualTo(2);
        assertThat(api().get("/api/v1/practice", couple.robin().token()).body().get("smallAsksThisWeek").asInt())
                .as("a new week starts at zero for the week, quietly").isZero();

        api().post("/api/v1/practice/small-asks", couple.robin().token(), Map.of("text", "Make me a cup of tea?", "as", "bid"));
        assertThat(weeksPractised()).isEqualTo(3);
        assertThat(api().get("/api/v1/practice", couple.robin().token()).body().get("smallAsksEver").asInt())
                .isEqualTo(2);
    }

    @Test
    void plansOfMyOwnAreMarkedDonePrivatelyAndCount() {
        assertThat(api().put("/api/v1/practice", couple.kai().token(), Map.of("lifeOfMyOwn", true)).status())
                .isEqualTo(200);
        Response plan = api().post("/api/v1/practice/own-plans", couple.kai().token(),
                Map.of("text", "Pottery class with Sam", "plannedFor", "2026-12-04"));
        long id = plan.body().get("id").asLong();

        assertThat(api().post("/api/v1/practice/own-plans/" + id + "/done", couple.robin().token(), "").status())
                .isEqualTo(404);
        assertThat(api().post("/api/v1/practice/own-plans/" + id + "/done", couple.kai().token(), "").body()
                .get("doneAt").isNull()).isFalse();
        JsonNode kais = api().get("/api/v1/practice", couple.kai().token()).body();
        assertThat(kais.get("weeksPractised").asInt()).isEqualTo(1);
        assertThat(kais.get("plans").get(0).get("text").asString()).isEqualTo("Pottery class with Sam");
        assertThat(api().get("/api/v1/practice", couple.robin().token()).raw().body()).doesNotContain("Pottery");
        assertThat(api().get("/api/v1/me/export", couple.robin().token()).raw().body()).doesNotContain("Pottery");
    }

    private int weeksPractised() {
        return api().get("/api/v1/practice", couple.robin().token()).body().get("weeksPractised").asInt();
    }
}
