package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Home shows each partner their own practice and the couple's next state of us; never the other's practice. */
class HomePracticeTest extends IntegrationTest {

    private TestCouple couple;

    @BeforeEach
    void robinPractisesSmallAsksAndKaiALifeOfTheirOwn() {
        couple = aCouple();
        api().put("/api/v1/practice", couple.robin().token(), Map.of("smallAsksWeekly", 3));
        api().put("/api/v1/practice", couple.kai().token(), Map.of("lifeOfMyOwn", true));
    }

    @Test
    void eachSeesTheirOwnPracticeOnHomeAndNeverTheOthers() throws Exception {
        api().post("/api/v1/practice/small-asks", couple.robin().token(), Map.of("text", "Pick the film tonight.", "as", "bid"));
        api().post("/api/v1/practice/own-plans", couple.kai().token(),
                Map.of("text", "Pottery class with Sam", "plannedFor", "2026-12-09"));

        String robins = home(couple.robin());
        String kais = home(couple.kai());

        assertThat(robins).contains("1 of your 3 small asks this week.").doesNotContain("Pottery");
        assertThat(kais).contains("Your plan of your own: Pottery class with Sam").contains("Wed 9 Dec 2026")
                .doesNotContain("small asks this week");
    }

    @Test
    void aPlanDoneLeavesTheCard() throws Exception {
        long id = api().post("/api/v1/practice/own-plans", couple.kai().token(), Map.of("text", "A run by the river"))
                .body().get("id").asLong();
        assertThat(home(couple.kai())).contains("A run by the river");

        api().post("/api/v1/practice/own-plans/" + id + "/done", couple.kai().token(), "");

        assertThat(home(couple.kai())).doesNotContain("A run by the river");
    }

    @Test
    void bothSeeTheNextStateOfUsInTheirOwnTime() throws Exception {
        api().put("/api/v1/me/time-zone", couple.kai().token(), Map.of("timeZone", "Europe/Berlin"));
        api().post("/api/v1/state-of-us", couple.robin().token(), Map.of("at", "2026-12-06T18:00:00Z"));

        assertThat(home(couple.kai())).contains("Our state of us is planned for").contains("Sun 6 Dec 2026, 19:00 Berlin time");
        assertThat(home(couple.robin())).contains("Sun 6 Dec 2026, 18:00 UTC");
    }

    @Test
    void invitationsFallDueWithTimeThoughNothingChanged() throws Exception {
        clock.setTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(home(couple.robin())).contains("practice-card-check-in").contains("practice-card-appreciation");

        api().post("/api/v1/check-ins", couple.robin().token(), Map.of("answers", CheckInStatementsTest.answers(3, 3)));
        api().post("/api/v1/appreciations", couple.robin().token(), Map.of("text", "Thank you for the soup."));
        assertThat(home(couple.robin())).doesNotContain("practice-card-check-in").doesNotContain("practice-card-appreciation");

        clock.advance(Duration.ofDays(2));
        assertThat(home(couple.robin())).as("the couple's data did not change, yet the day did")
                .contains("practice-card-appreciation").doesNotContain("practice-card-check-in");
    }

    private String home(TestPartner partner) throws Exception {
        return mvc.perform(get("/").cookie(WebSessions.signIn(mvc, partner))).andReturn().getResponse()
                .getContentAsString();
    }
}
