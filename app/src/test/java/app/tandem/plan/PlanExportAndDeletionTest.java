package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi;
import app.tandem.support.TestCouple;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Plans are in the export (a partner's own prediction and notes under "mine"), and go with an account. */
class PlanExportAndDeletionTest extends IntegrationTest {

    @Test
    void theExportHoldsOurPlansAndMyOwnPredictionAndNotesAndDeletionTakesMineAway() {
        TestCouple couple = aCouple();
        Instant startsAt = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        long id = api().post("/api/v1/plans", couple.kai().token(), Map.of("kind", "move", "title", "Moving day",
                "startsAt", startsAt.toString())).body().get("id").asLong();
        api().put("/api/v1/plans/" + id + "/prediction", couple.robin().token(), Map.of("howHard", "Robin's dread",
                "underStress", "snap", "needFromYou", "I'd like a hug at noon"));
        api().put("/api/v1/plans/" + id + "/prediction", couple.kai().token(), Map.of("howHard", "Kai's calm",
                "underStress", "rush", "needFromYou", "I'd like us to eat together"));
        api().post("/api/v1/plans/know-me", couple.robin().token(), Map.of("kind", "hard", "text", "Robin's boxes",
                "shared", false));
        clock.setTo(startsAt.plusSeconds(3600));
        api().put("/api/v1/plans/" + id + "/debrief", couple.robin().token(), Map.of("hadYourBack", "Robin's yes",
                "whatWorked", "lunch"));

        JsonNode robins = api().get("/api/v1/me/export", couple.robin().token()).body();
        assertThat(robins.toString()).contains("Moving day").contains("Robin's dread").contains("Robin's boxes")
                .contains("Robin's yes").doesNotContain("token_hash");
        String kais = api().get("/api/v1/me/export", couple.kai().token()).body().toString();
        assertThat(kais).contains("Moving day").contains("Kai's calm").contains("Robin's yes")
                .doesNotContain("Robin's boxes").as("Robin's prediction is Robin's own").doesNotContain("Robin's dread");

        api().post("/api/v1/plans/calendar-feed", couple.robin().token(), Map.of());
        assertThat(api().delete("/api/v1/me", couple.robin().token(), Map.of("password", TestApi.PASSWORD)).status())
                .isEqualTo(204);
        for (String table : new String[] {"plan_prediction", "know_me_item"}) {
            assertThat(jdbc.sql("select count(*) from " + table + " where private_to = ?").param(couple.robin().id())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from calendar_feed where partner_id = ?").param(couple.robin().id())
                .query(Integer.class).single()).isZero();
        String after = api().get("/api/v1/me/export", couple.kai().token()).body().toString();
        assertThat(after).contains("Moving day").contains("Kai's calm").doesNotContain("Robin's yes");
    }
}
