package app.tandem.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agreement's history, reminders and repairs are visible to both partners: home and timeline. */
class TimelineTest extends IntegrationTest {

    static final String CARE = "We turn toward each other.";

    @Test
    void bothPartnersSeeTheAgreementTheHurtTheRepairAndTheReminderOnTheTimeline() throws Exception {
        TestCouple couple = aCouple();
        TestPartner robin = couple.robin();
        TestPartner kai = couple.kai();
        long v = api().post("/api/v1/agreement/versions", robin.token(), Map.of("baseNumber", 0, "why", "Us.",
                "commitments", List.of(CARE))).body().get("id").asLong();
        clock.advance(Duration.ofMinutes(1));
        api().post("/api/v1/agreement/versions/" + v + "/signature", kai.token(), "");
        clock.advance(Duration.ofMinutes(1));
        long hurt = api().post("/api/v1/hurts", robin.token(), Map.of("whatHappened", "You left the party without me",
                "howIFelt", "alone", "commitment", CARE)).body().get("id").asLong();
        clock.advance(Duration.ofMinutes(1));
        api().post("/api/v1/hurts/" + hurt + "/repairs", kai.token(), Map.of("acknowledge", "I left you there.",
                "apologise", "I'm sorry I left.", "willDo", "I'll find you before I go."));
        clock.advance(Duration.ofMinutes(1));
        api().post("/api/v1/hurts/" + hurt + "/acceptance", robin.token(), "");
        clock.advance(Duration.ofMinutes(1));
        api().post("/api/v1/reminders", kai.token(), Map.of("commitment", CARE, "message", "Can we sit together tonight?"));

        List<String> forKai = api().get("/api/v1/timeline", kai.token()).body().valueStream()
                .map(e -> e.get("text").asString()).toList();
        List<String> forRobin = api().get("/api/v1/timeline", robin.token()).body().valueStream()
                .map(e -> e.get("text").asString()).toList();

        assertThat(forKai).isEqualTo(forRobin);
        assertThat(forKai).containsSubsequence(
                "Kai reminded of our agreement: “" + CARE + "”",
                "Robin accepted the repair: back to each other within the hour",
                "Kai made a repair: “I'm sorry I left.”",
                "Robin named a hurt: “You left the party without me”",
                "Kai signed version 1: it came into force",
                "Robin proposed version 1 of our agreement");

        Cookie robinsSession = WebSessions.signIn(mvc, robin);
        mvc.perform(get("/timeline").cookie(robinsSession))
                .andExpect(content().string(allOf(containsString("Robin accepted the repair"),
                        containsString("Kai signed version 1"))));
        mvc.perform(get("/").cookie(robinsSession))
                .andExpect(content().string(allOf(containsString("Our agreement"), containsString("Version 1, signed"),
                        containsString("Kai reminded you of your agreement"), containsString("Repaired: “You left the party"),
                        containsString("I hear you"))));
    }

    @Test
    void homeInvitesBothPartnersBackWhenAPauseEnds() throws Exception {
        TestCouple couple = aCouple();
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Can we talk about the holidays?"))
                .body().get("id").asLong();
        api().post("/api/v1/pauses", couple.kai().token(), Map.of("thread", "bid", "threadId", bid, "minutes", 30));
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(get("/").cookie(robin)).andExpect(content().string(containsString("is paused until")));
        mvc.perform(get("/bids/" + bid).cookie(couple.kai().email().isEmpty() ? robin : WebSessions.signIn(mvc, couple.kai())))
                .andExpect(content().string(allOf(containsString("Paused until"), containsString("While you wait"))));
        clock.advance(Duration.ofMinutes(31));

        mvc.perform(get("/").cookie(robin))
                .andExpect(content().string(allOf(containsString("you are both"), containsString("invited back"),
                        containsString("Come back to the conversation"))));
    }
}
