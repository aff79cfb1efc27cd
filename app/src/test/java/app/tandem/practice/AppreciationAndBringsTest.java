package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An appreciation reaches the partner and stays to reread; what each brings shows side by side. */
class AppreciationAndBringsTest extends IntegrationTest {

    @Test
    void anAppreciationIsKeptForThePartnerToRereadAndTellsThem() throws Exception {
        TestCouple couple = aCouple();
        assertThat(api().post("/api/v1/appreciations", couple.robin().token(),
                Map.of("text", "Thank you for fixing the bike 🚲 <script>x</script>")).status()).isEqualTo(201);

        JsonNode kais = api().get("/api/v1/appreciations", couple.kai().token()).body();
        assertThat(kais.get("appreciations").get(0).get("text").asString())
                .isEqualTo("Thank you for fixing the bike 🚲 <script>x</script>");
        assertThat(kais.get("appreciations").get(0).get("mine").asBoolean()).isFalse();
        String page = mvc.perform(get("/appreciations").cookie(WebSessions.signIn(mvc, couple.kai()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Robin to you").contains("&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x</script>");
        assertThat(api().get("/api/v1/inbox", couple.kai().token()).raw().body()).contains("Robin appreciated you")
                .doesNotContain("bike");
    }

    @Test
    void whatEachBringsShowsBothSidesSideBySide() throws Exception {
        TestCouple couple = aCouple();
        api().put("/api/v1/brings", couple.robin().token(), Map.of("youBring", "calm in a crisis\nyour cooking",
                "iBring", "planning trips"));
        api().put("/api/v1/brings", couple.kai().token(), Map.of("youBring", "patience", "iBring", ""));

        JsonNode robins = api().get("/api/v1/brings", couple.robin().token()).body();
        assertThat(robins.get("mine").get("youBring").valueStream().map(JsonNode::asString))
                .containsExactly("calm in a crisis", "your cooking");
        assertThat(robins.get("partners").get("youBring").get(0).asString()).isEqualTo("patience");
        String page = mvc.perform(get("/brings").cookie(WebSessions.signIn(mvc, couple.kai()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("calm in a crisis").contains("planning trips").contains("patience");

        api().put("/api/v1/brings", couple.kai().token(), Map.of("youBring", "patience\nlaughter", "iBring", "maps"));
        assertThat(api().get("/api/v1/brings", couple.robin().token()).body().get("partners").get("youBring"))
                .hasSize(2);
    }
}
