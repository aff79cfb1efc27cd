package app.tandem.home;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Waiting for you" lists everything that needs my action, not only needs and bids. */
class WaitingForMeTest extends IntegrationTest {

    @Test
    void anAgreementToSignAHurtToRepairAndAReminderToHearWaitForMe() throws Exception {
        TestCouple couple = aCouple();
        TestPartner robin = couple.robin();
        Cookie kai = WebSessions.signIn(mvc, couple.kai());
        long v = api().post("/api/v1/agreement/versions", robin.token(), Map.of("baseNumber", 0, "why", "Us.",
                "commitments", List.of("We turn toward each other."))).body().get("id").asLong();

        mvc.perform(get("/").cookie(kai)).andExpect(content().string(
                containsString("Robin proposed version 1 of our agreement")));

        api().post("/api/v1/agreement/versions/" + v + "/signature", couple.kai().token(), "");
        api().post("/api/v1/hurts", robin.token(), Map.of("whatHappened", "You forgot my birthday", "howIFelt", "sad"));
        api().post("/api/v1/reminders", robin.token(), Map.of("commitment", "We turn toward each other.",
                "message", "Can we have dinner together tonight?"));

        mvc.perform(get("/").cookie(kai)).andExpect(content().string(allOf(
                containsString("Robin named a hurt</a> <span class=\"hint\">Make a repair"),
                containsString("Robin reminded you of our agreement</a>"))));
    }
}
