package app.tandem.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The seed's own ask, recurring: "cook or order in dinner one night a week" → yes → a load item
 * Kai carries → Robin says, week by week for the first four, whether it happened → "not any more".
 */
class RecurringNeedTest extends IntegrationTest {

    private long heardWeeklyNeed(TestCouple couple) {
        long id = api().post("/api/v1/needs", couple.robin().token(), Map.of("feeling", "worn out",
                "because", "every evening ends in the kitchen", "need", "you to cook or order in dinner one night a week",
                "repeats", "weekly", "send", true)).body().get("id").asLong();
        api().post("/api/v1/needs/" + id + "/reflection", couple.kai().token(),
                Map.of("text", "You'd like me to take one dinner a week."));
        api().post("/api/v1/needs/" + id + "/reflection/confirm", couple.robin().token(), "");
        return id;
    }

    private JsonNode itemsOf(TestCouple couple) {
        return api().get("/api/v1/load/items", couple.kai().token()).body();
    }

    @Test
    void aYesMakesItALoadItemTheListenerCarriesLinkedToTheNeed() throws Exception {
        TestCouple couple = aCouple();
        long need = heardWeeklyNeed(couple);
        assertThat(api().get("/api/v1/needs/" + need, couple.kai().token()).body().get("status").asString()).isEqualTo("heard");

        Response yes = api().post("/api/v1/needs/" + need + "/answer", couple.kai().token(), Map.of("kind", "yes"));

        assertThat(yes.status()).isEqualTo(200);
        assertThat(yes.body().get("repeats").asString()).isEqualTo("weekly");
        JsonNode item = itemsOf(couple).valueStream().filter(i -> i.get("title").asString()
                .equals("Cook or order in dinner one night a week")).findFirst().orElseThrow();
        assertThat(item.get("cadence").asString()).isEqualTo("weekly");
        assertThat(item.get("noticing").asString()).as("Robin noticed it").isEqualTo("A");
        assertThat(item.get("planning").asString()).isEqualTo("B");
        assertThat(item.get("doing").asString()).as("Kai carries it").isEqualTo("B");
        Cookie kai = WebSessions.signIn(mvc, couple.kai());
        assertThat(mvc.perform(get("/load/items/" + item.get("id").asLong()).cookie(kai)).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/needs/" + need + "\">a recurring need</a>");
    }

    @Test
    void theAskerFollowsTheFirstFourWeeksOneByOneOnThePageAndInTheApi() throws Exception {
        TestCouple couple = aCouple();
        long need = heardWeeklyNeed(couple);
        api().post("/api/v1/needs/" + need + "/answer", couple.kai().token(), Map.of("kind", "yes"));
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        String page = mvc.perform(get("/needs/" + need).cookie(robin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Did it happen this week?").contains("Time 1 of the first 4")
                .contains("one night a week</strong> <strong>every week</strong>").doesNotContain("Yes, it was met");
        mvc.perform(post("/needs/" + need + "/occurrences").cookie(robin).with(csrf()).param("outcome", "met"))
                .andExpect(redirectedUrl("/needs/" + need + "?marked"));
        mvc.perform(post("/needs/" + need + "/occurrences").cookie(robin).with(csrf()).param("outcome", "sometimes"))
                .andExpect(status().isBadRequest());
        api().post("/api/v1/needs/" + need + "/occurrences", couple.robin().token(), Map.of("outcome", "missed"));
        api().post("/api/v1/needs/" + need + "/occurrences", couple.robin().token(), Map.of("outcome", "met"));
        Response fourth = api().post("/api/v1/needs/" + need + "/occurrences", couple.robin().token(), Map.of("outcome", "met"));

        assertThat(fourth.body().get("occurrences").valueStream().map(o -> o.get("outcome").asString()).toList())
                .containsExactly("met", "missed", "met", "met");
        assertThat(fourth.body().get("status").asString()).isEqualTo("answered_yes");
        Response fifth = api().post("/api/v1/needs/" + need + "/occurrences", couple.robin().token(), Map.of("outcome", "met"));
        assertThat(fifth.status()).isEqualTo(409);
        assertThat(fifth.body().get("detail").asString()).contains("part of your load now");
        assertThat(api().post("/api/v1/needs/" + need + "/follow-through", couple.robin().token(),
                Map.of("outcome", "met")).status()).as("a recurring need is never met once").isEqualTo(409);
        assertThat(api().post("/api/v1/needs/" + need + "/occurrences", couple.kai().token(),
                Map.of("outcome", "met")).status()).as("the asker's to say").isEqualTo(404);

        String kaisInbox = mvc.perform(get("/inbox").cookie(WebSessions.signIn(mvc, couple.kai()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(kaisInbox).contains("Robin marked your answer met");
        assertThat(mvc.perform(get("/needs/" + need).cookie(robin)).andReturn().getResponse().getContentAsString())
                .contains("How it went").contains("Part of your load now").contains("Not any more");
    }

    @Test
    void notAnyMoreEndsTheNeedAndArchivesItsItem() throws Exception {
        TestCouple couple = aCouple();
        long need = heardWeeklyNeed(couple);
        api().post("/api/v1/needs/" + need + "/answer", couple.kai().token(), Map.of("kind", "yes"));
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(post("/needs/" + need + "/end").cookie(robin).with(csrf()))
                .andExpect(redirectedUrl("/needs/" + need + "?ended"));

        assertThat(api().get("/api/v1/needs/" + need, couple.kai().token()).body().get("status").asString())
                .isEqualTo("ended");
        assertThat(itemsOf(couple).valueStream().map(i -> i.get("title").asString()))
                .doesNotContain("Cook or order in dinner one night a week");
        assertThat(mvc.perform(get("/needs/" + need + "?ended").cookie(robin)).andReturn().getResponse()
                .getContentAsString()).contains("You said “not any more”").contains("It is ended");
        assertThat(api().post("/api/v1/needs/" + need + "/end", couple.robin().token(), "").status()).isEqualTo(409);
    }

    @Test
    void aOneOffNeedHasNoOccurrencesAndHowOftenIsCheckedOnBothPaths() throws Exception {
        TestCouple couple = aCouple();
        Need yes = couple.needIn(NeedStatus.ANSWERED_YES);
        assertThat(api().post("/api/v1/needs/" + yes.id() + "/occurrences", couple.robin().token(),
                Map.of("outcome", "met")).status()).isEqualTo(409);
        assertThat(api().post("/api/v1/needs/" + yes.id() + "/end", couple.robin().token(), "").status()).isEqualTo(409);

        Response problem = api().post("/api/v1/needs", couple.robin().token(), Map.of("feeling", "tired",
                "because", "the week", "need", "you to cook", "repeats", "fortnightly"));
        String page = mvc.perform(post("/needs").cookie(WebSessions.signIn(mvc, couple.robin())).with(csrf())
                        .param("feeling", "tired").param("because", "the week").param("need", "you to cook")
                        .param("repeats", "fortnightly"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body().get("errors").get("repeats").asString())
                .isEqualTo("How often: once, every day, every week or every month.");
        assertThat(page).contains("How often: once, every day, every week or every month.").contains("you to cook");
    }
}
