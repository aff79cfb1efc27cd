package app.tandem.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The listener's "what I hear is…" is reviewed as a reflection: saying the asker's words back is the point. */
class ReflectionReviewTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    private NeedService needs;

    private static final String FAITHFUL = "What I hear is that you never get to rest, and you need me to take the evenings sometimes.";
    private static final String DEFENSIVE = "Well, I work all day too, you know. What I hear is you're complaining again.";

    @Test
    void theAskersOwnNeverSaidBackIsNotCriticismButDefendingIsFlagged() {
        TestCouple couple = aCouple();
        long id = api().post("/api/v1/needs", couple.robin().token(), Map.of("feeling", "worn out",
                "because", "I never get to rest", "need", "you to take the evenings sometimes", "send", true))
                .body().get("id").asLong();
        String review = "/api/v1/needs/" + id + "/reflection-review";
        JsonNode faithful = api().post(review, couple.kai().token(), Map.of("text", FAITHFUL)).body();
        JsonNode asAnAnswer = api().post("/api/v1/needs/answer-review", couple.kai().token(), Map.of("text", FAITHFUL)).body();
        JsonNode verdict = api().post(review, couple.kai().token(),
                Map.of("text", "What I hear is that you always complain and you never help.")).body();
        JsonNode defensive = api().post(review, couple.kai().token(), Map.of("text", DEFENSIVE)).body();

        assertThat(faithful.get("labels")).as("Robin's own \"never\" said back").isEmpty();
        assertThat(asAnAnswer.get("labels").toString()).as("the same words as an answer of one's own").contains("criticism");
        assertThat(verdict.get("labels").toString()).as("an \"always\" Robin never said is Kai's verdict").contains("criticism");
        assertThat(defensive.get("labels").toString()).contains("defensiveness");
        assertThat(api().post(review, aCouple().kai().token(), Map.of("text", FAITHFUL)).status())
                .as("another couple's need").isEqualTo(404);
    }

    @Test
    void theNeedPageReviewsAReflectionAsOne() throws Exception {
        TestCouple couple = aCouple();
        long id = api().post("/api/v1/needs", couple.robin().token(), Map.of("feeling", "worn out",
                "because", "I never get to rest", "need", "you to take the evenings sometimes", "send", true))
                .body().get("id").asLong();
        Need need = needs.get(couple.kai().id(), id);

        String notes = mvc.perform(post("/needs/" + need.id() + "/reflection/review").cookie(WebSessions.signIn(mvc, couple.kai()))
                .with(csrf()).param("text", FAITHFUL)).andReturn().getResponse().getContentAsString();

        assertThat(notes).contains("nothing to add").doesNotContain("Criticism");
    }
}
