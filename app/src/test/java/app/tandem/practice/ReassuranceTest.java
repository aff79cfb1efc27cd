package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Before seeking reassurance: a self-soothing step, then the coach helps make what remains a doable ask. */
class ReassuranceTest extends IntegrationTest {

    @Test
    void theSelfSoothingStepComesFirstAndTheCoachTurnsReassureMeMoreIntoADoableAsk() throws Exception {
        TestCouple couple = aCouple();
        Cookie kai = WebSessions.signIn(mvc, couple.kai());
        assertThat(mvc.perform(get("/practice/reassurance").cookie(kai)).andReturn().getResponse()
                .getContentAsString()).contains("First, a moment for yourself").contains("Breathe out slowly");

        String reviewed = mvc.perform(post("/practice/reassurance").with(csrf()).cookie(kai)
                        .param("feeling", "uneasy").param("because", "you were quiet tonight")
                        .param("need", "you to reassure me more").param("step", "review"))
                .andReturn().getResponse().getContentAsString();

        assertThat(reviewed).contains("id=\"reassurance-vague\"").contains("Hard to do")
                .contains("a text from you when you leave work");
        assertThat(jdbc.sql("select count(*) from need where asker_id = ?").param(couple.kai().id())
                .query(Long.class).single()).as("nothing is sent until asked").isZero();

        String doable = mvc.perform(post("/practice/reassurance").with(csrf()).cookie(kai)
                        .param("feeling", "uneasy").param("because", "you were quiet tonight")
                        .param("need", "a text from you when you leave work").param("step", "review"))
                .andReturn().getResponse().getContentAsString();
        assertThat(doable).doesNotContain("reassurance-vague").contains("Clear and doable.");

        MockHttpServletResponse sent = mvc.perform(post("/practice/reassurance").with(csrf()).cookie(kai)
                        .param("feeling", "uneasy").param("because", "you were quiet tonight")
                        .param("need", "a text from you when you leave work").param("step", "send"))
                .andReturn().getResponse();
        assertThat(sent.getRedirectedUrl()).startsWith("/needs/");
    }
}
