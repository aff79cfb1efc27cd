package app.tandem.agreement;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementPagesTest extends IntegrationTest {

    @Test
    void aPartnerWritesTheAgreementWithStarterCommitmentsAndTheOtherSignsIt() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());
        Cookie kai = WebSessions.signIn(mvc, couple.kai());

        mvc.perform(get("/agreement/edit").cookie(robin))
                .andExpect(content().string(containsString("Starter commitments")));
        mvc.perform(post("/agreement/versions").cookie(robin).with(csrf()).param("baseNumber", "0")
                        .param("why", "We chose each other.").param("commitments", "Ask plainly.\nSay thank you.")
                        .param("starter", "We repair before we sleep: even a small \"I'm sorry, I see it\" counts.",
                                "In public and in private, we speak of each other with respect."))
                .andExpect(redirectedUrl("/agreement?proposed"));
        String page = mvc.perform(get("/agreement").cookie(kai))
                .andExpect(content().string(allOf(containsString("Robin proposed version 1"),
                        containsString("Sign version 1"), containsString("We repair before we sleep"),
                        containsString("In public and in private, we speak of each other with respect."))))
                .andReturn().getResponse().getContentAsString();
        String id = page.replaceAll("(?s).*action=\"/agreement/versions/(\\d+)/signature\".*", "$1");

        mvc.perform(post("/agreement/versions/" + id + "/signature").cookie(kai).with(csrf()))
                .andExpect(redirectedUrl("/agreement?signed"));
        mvc.perform(get("/agreement").cookie(robin))
                .andExpect(content().string(allOf(containsString("We chose each other."),
                        containsString("signed by Robin and Kai"))));
    }

    @Test
    void aClashKeepsWhatThePartnerWroteAndShowsWhatChanged() throws Exception {
        TestCouple couple = aCouple();
        api().post("/api/v1/agreement/versions", couple.kai().token(),
                Map.of("baseNumber", 0, "why", "Kai's why.", "commitments", List.of("Turn toward each other.")));
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(post("/agreement/versions").cookie(robin).with(csrf()).param("baseNumber", "0")
                        .param("why", "Robin's why.").param("commitments", "Keep a life of our own."))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("While you were writing, Kai saved a new version"),
                        containsString("Turn toward each other."), containsString("Keep a life of our own."),
                        containsString("name=\"baseNumber\" value=\"1\""))));
    }

    @Test
    void emptyFieldsAreExplainedAndTheTextIsKept() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(post("/agreement/versions").cookie(robin).with(csrf()).param("baseNumber", "0")
                        .param("why", "").param("commitments", "<script>x</script>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Write your why"),
                        containsString("&lt;script&gt;x&lt;/script&gt;"))));
    }
}
