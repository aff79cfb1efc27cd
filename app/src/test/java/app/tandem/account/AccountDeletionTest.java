package app.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deleting an account: one step, nobody's consent, and none of the partner's words left behind. */
class AccountDeletionTest extends IntegrationTest {

    @Test
    void aDeletedPartnersWordsAreGoneFromTheCoupleAndTheOtherKeepsTheirOwn() {
        TestCouple couple = aCouple();
        TestPartner robin = couple.robin();
        TestPartner kai = couple.kai();
        coupleHistory(robin, kai);

        assertThat(api().delete("/api/v1/me", robin.token(), Map.of("password", "not my password")).status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/me", robin.token()).status()).isEqualTo(200);

        assertThat(api().delete("/api/v1/me", robin.token(), Map.of("password", TestApi.PASSWORD)).status())
                .isEqualTo(204);

        assertThat(api().get("/api/v1/me", robin.token()).status()).isEqualTo(401);
        String kaisExport = api().get("/api/v1/me/export", kai.token()).body().toString();
        assertThat(kaisExport).doesNotContain("ROBIN-");
        assertThat(kaisExport).contains("KAI-need", "KAI-bid", "KAI-hurt", "KAI-why");
        assertThat(api().get("/api/v1/couple", kai.token()).status()).isEqualTo(404);
    }

    @Test
    void guessingThePasswordIsThrottled() {
        TestPartner robin = aPartner("Robin");
        for (int i = 0; i < 5; i++) {
            assertThat(api().delete("/api/v1/me", robin.token(), Map.of("password", "guess " + i)).status())
                    .isEqualTo(400);
        }

        assertThat(api().delete("/api/v1/me", robin.token(), Map.of("password", TestApi.PASSWORD)).status())
                .isEqualTo(429);
        assertThat(api().get("/api/v1/me", robin.token()).status()).isEqualTo(200);
    }

    @Test
    void thePartnerLeftBehindIsToldOnTheirNextVisit() throws Exception {
        TestCouple couple = aCouple();
        Cookie kai = WebSessions.signIn(mvc, couple.kai());

        api().delete("/api/v1/me", couple.robin().token(), Map.of("password", TestApi.PASSWORD));

        mvc.perform(get("/").cookie(kai)).andExpect(content().string(containsString("Your partner")));
    }

    @Test
    void aPartnerWaitingForTheirPartnerTakesTheEmptyCoupleWithThem() {
        TestPartner sky = aPartner("Sky");
        long coupleId = api().post("/api/v1/couple", sky.token(), "").body().get("id").asLong();

        api().delete("/api/v1/me", sky.token(), Map.of("password", TestApi.PASSWORD));

        assertThat(jdbc.sql("select count(*) from couple where id = ?").param(coupleId).query(Long.class).single())
                .isZero();
    }

    @Test
    void theAccountPageDeletesAfterThePasswordAndSignsOut() throws Exception {
        TestPartner robin = aCouple().robin();
        Cookie session = WebSessions.signIn(mvc, robin);
        mvc.perform(get("/account").cookie(session)).andExpect(content().string(containsString("/account/delete")));

        mvc.perform(post("/account/delete").cookie(session).with(csrf()).param("password", "wrong"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That is not your current password.")));
        mvc.perform(post("/account/delete").cookie(session).with(csrf()).param("password", TestApi.PASSWORD))
                .andExpect(redirectedUrl("/account/deleted"));

        mvc.perform(get("/account/deleted")).andExpect(content().string(containsString("Your account is deleted")));
        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
        assertThat(api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", TestApi.PASSWORD))
                .status()).isEqualTo(401);
    }

    /** Robin's words are marked ROBIN-, Kai's KAI-: each kind of text either of them can write. */
    private void coupleHistory(TestPartner robin, TestPartner kai) {
        long robinsNeed = api().post("/api/v1/needs", robin.token(), Map.of("feeling", "tired", "because", "ROBIN-because",
                "need", "ROBIN-need", "send", true)).body().get("id").asLong();
        api().post("/api/v1/needs/" + robinsNeed + "/reflection", kai.token(), Map.of("text", "KAI-reflection"));
        long kaisNeed = api().post("/api/v1/needs", kai.token(), Map.of("feeling", "lonely", "because", "KAI-because",
                "need", "KAI-need", "send", true)).body().get("id").asLong();
        api().post("/api/v1/needs/" + kaisNeed + "/reflection", robin.token(), Map.of("text", "ROBIN-reflection"));
        api().post("/api/v1/needs/" + kaisNeed + "/reflection/confirm", kai.token(), "");
        api().post("/api/v1/needs/" + kaisNeed + "/answer", robin.token(), Map.of("kind", "yes", "text", "ROBIN-answer",
                "when", Map.of("period", "today")));
        long kaisBid = api().post("/api/v1/bids", kai.token(), Map.of("text", "KAI-bid")).body().get("id").asLong();
        api().post("/api/v1/bids/" + kaisBid + "/response", robin.token(), Map.of("response", "toward",
                "text", "ROBIN-response"));
        api().post("/api/v1/bids", robin.token(), Map.of("text", "ROBIN-bid"));
        long kaisHurt = api().post("/api/v1/hurts", kai.token(), Map.of("whatHappened", "KAI-hurt", "howIFelt", "KAI-felt"))
                .body().get("id").asLong();
        api().post("/api/v1/hurts/" + kaisHurt + "/repairs", robin.token(), Map.of("acknowledge", "ROBIN-acknowledge",
                "apologise", "ROBIN-apologise", "willDo", "ROBIN-will-do"));
        api().post("/api/v1/hurts", robin.token(), Map.of("whatHappened", "ROBIN-hurt", "howIFelt", "ROBIN-felt"));
        long signed = api().post("/api/v1/agreement/versions", kai.token(), Map.of("baseNumber", 0, "why", "KAI-why",
                "commitments", List.of("KAI-commitment"))).body().get("id").asLong();
        api().post("/api/v1/agreement/versions/" + signed + "/signature", robin.token(), "");
        api().post("/api/v1/agreement/versions", robin.token(), Map.of("baseNumber", 1, "why", "ROBIN-why",
                "commitments", List.of("ROBIN-commitment")));
        api().post("/api/v1/reminders", robin.token(), Map.of("commitment", "KAI-commitment", "message", "ROBIN-reminder"));
        api().post("/api/v1/pauses", robin.token(), Map.of("thread", "bid", "threadId", kaisBid));
        String before = api().get("/api/v1/me/export", kai.token()).body().toString();
        assertThat(before).contains("ROBIN-need", "ROBIN-reflection", "ROBIN-answer", "ROBIN-response", "ROBIN-bid",
                "ROBIN-acknowledge", "ROBIN-hurt", "ROBIN-why", "ROBIN-reminder");
    }
}
