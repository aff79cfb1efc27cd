package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Practice lives in each partner's own zone: their weeks, their typed times, the times they read. */
class PracticeTimesTest extends IntegrationTest {

    private TestCouple couple;

    @BeforeEach
    void robinLivesInTokyoAndKaiInBerlin() {
        couple = aCouple();
        api().put("/api/v1/me/time-zone", couple.robin().token(), Map.of("timeZone", "Asia/Tokyo"));
        api().put("/api/v1/me/time-zone", couple.kai().token(), Map.of("timeZone", "Europe/Berlin"));
    }

    @Test
    void aWeekOfPracticeStartsAtMyOwnMondayMidnight() {
        clock.setTo(Instant.parse("2026-12-06T14:00:00Z")); // Sunday 23:00 in Tokyo
        smallAsk("Pick the film tonight.");
        clock.setTo(Instant.parse("2026-12-06T16:00:00Z")); // Monday 01:00 in Tokyo, still Sunday in UTC
        smallAsk("Make me a cup of tea?");

        JsonNode practice = api().get("/api/v1/practice", couple.robin().token()).body();
        assertThat(practice.get("smallAsksThisWeek").asInt()).as("only Monday's ask is this week in Tokyo").isEqualTo(1);
        assertThat(practice.get("weeksPractised").asInt()).as("two Tokyo weeks, though one UTC week").isEqualTo(2);
    }

    @Test
    void aStateOfUsIsPlannedInThePlannersZoneAndReadInEachOnesOwn() throws Exception {
        Response planned = api().post("/api/v1/state-of-us", couple.kai().token(), Map.of("at", "2026-12-06T18:00"));

        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.body().get("scheduledFor").asString()).isEqualTo("2026-12-06T17:00:00Z");
        long id = planned.body().get("id").asLong();
        assertThat(page(couple.kai(), "/state-of-us/" + id)).contains("Sun 6 Dec 2026, 18:00 Berlin time");
        assertThat(page(couple.robin(), "/state-of-us/" + id)).contains("Mon 7 Dec 2026, 02:00 Tokyo time");
        assertThat(page(couple.robin(), "/state-of-us")).contains("Mon 7 Dec 2026, 02:00").doesNotContain("UTC");
    }

    @Test
    void aTimeTheClocksSkipIsRefusedWithTheReason() {
        Response skipped = api().post("/api/v1/state-of-us", couple.kai().token(), Map.of("at", "2027-03-28T02:30"));

        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.raw().body()).contains("Europe/Berlin").contains("02:30 does not happen there");
    }

    @Test
    void myOwnPlansAndAppreciationsShowTheirDaysInWords() throws Exception {
        clock.setTo(Instant.parse("2026-12-06T16:00:00Z")); // Monday 01:00 in Tokyo
        api().put("/api/v1/practice", couple.robin().token(), Map.of("lifeOfMyOwn", true));
        api().post("/api/v1/practice/own-plans", couple.robin().token(),
                Map.of("text", "Pottery class", "plannedFor", "2026-12-09"));
        api().post("/api/v1/appreciations", couple.robin().token(), Map.of("text", "Thank you for the soup."));

        assertThat(page(couple.robin(), "/practice")).contains("Wed 9 Dec 2026");
        assertThat(page(couple.robin(), "/appreciations")).contains("Mon 7 Dec 2026");
    }

    private void smallAsk(String text) {
        assertThat(api().post("/api/v1/practice/small-asks", couple.robin().token(), Map.of("text", text, "as", "bid"))
                .status()).isEqualTo(201);
    }

    private String page(app.tandem.support.TestApi.TestPartner partner, String path) throws Exception {
        return mvc.perform(get(path).cookie(WebSessions.signIn(mvc, partner))).andReturn().getResponse()
                .getContentAsString();
    }
}
