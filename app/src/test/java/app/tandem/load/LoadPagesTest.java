package app.tandem.load;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadPagesTest extends IntegrationTest {

    private TestCouple couple;
    private TestPartner robin;
    private TestPartner kai;
    private Cookie robinSession;
    private Cookie kaiSession;

    @BeforeEach
    void formACouple() throws Exception {
        couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
        robinSession = WebSessions.signIn(mvc, robin);
        kaiSession = WebSessions.signIn(mvc, kai);
    }

    @Test
    void theCataloguePicksItemsWithTheirOwnerInOneForm() throws Exception {
        mvc.perform(get("/load/catalogue").cookie(robinSession))
                .andExpect(content().string(allOf(containsString("Cook dinner"), containsString("Family &amp; friends"),
                        containsString("name=\"owner-laundry\""))));

        mvc.perform(post("/load/catalogue").cookie(robinSession).with(csrf())
                        .param("pick", "laundry", "bins").param("owner-laundry", "B").param("owner-bins", "shared"))
                .andExpect(redirectedUrlPattern("/load*"));

        mvc.perform(get("/load").cookie(kaiSession))
                .andExpect(content().string(allOf(containsString("Laundry"), containsString("Bins and recycling out"),
                        containsString("Doing: <strong>Kai</strong>"), containsString("Doing: <strong>Both of us</strong>"))));
        mvc.perform(get("/load/catalogue").cookie(kaiSession))
                .andExpect(content().string(containsString("already ours")));
    }

    @Test
    void pickingNothingSaysSo() throws Exception {
        mvc.perform(post("/load/catalogue").cookie(robinSession).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pick at least one item.")));
    }

    @Test
    void oneTapLogsItAndOffersAnUndo() throws Exception {
        long laundry = laundry();

        String location = mvc.perform(post("/load/items/" + laundry + "/done").cookie(kaiSession).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location.substring(0, location.indexOf('#'))).cookie(kaiSession))
                .andExpect(content().string(allOf(containsString("Logged <strong>Laundry</strong>, done by Kai."),
                        containsString("Undo"))));
        mvc.perform(get("/load/balance").cookie(robinSession))
                .andExpect(content().string(allOf(containsString("This week"), containsString("<strong>Kai</strong>: 100% of this week"))));
    }

    @Test
    void aBackDatedLogForThePartnerLandsOnThatDay() throws Exception {
        long laundry = laundry();
        LocalDate lastWeek = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(7);

        mvc.perform(post("/load/items/" + laundry + "/done").cookie(robinSession).with(csrf())
                        .param("day", lastWeek.toString()).param("doneBy", "B"))
                .andExpect(redirectedUrlPattern("/load?logged=*"));
        mvc.perform(post("/load/items/" + laundry + "/done").cookie(robinSession).with(csrf())
                        .param("day", "not a day"))
                .andExpect(status().isBadRequest());

        var recent = api().get("/api/v1/load/done", kai.token()).body();
        org.assertj.core.api.Assertions.assertThat(recent.get(0).get("doneAt").asString())
                .startsWith(lastWeek + "T12:00");
        org.assertj.core.api.Assertions.assertThat(recent.get(0).get("doneBy").asString()).isEqualTo("B");
    }

    @Test
    void anItemIsEditedWithItsMistakesShownBesideTheFields() throws Exception {
        long laundry = laundry();

        mvc.perform(post("/load/items/" + laundry).cookie(robinSession).with(csrf())
                        .param("title", "").param("area", "home").param("cadence", "weekly").param("minutes", "0")
                        .param("noticing", "A").param("planning", "A").param("doing", "B"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Give the item a short name."),
                        containsString("Minutes per time"))));
        mvc.perform(post("/load/items/" + laundry).cookie(robinSession).with(csrf())
                        .param("title", "Laundry, folded").param("area", "home").param("cadence", "every-n-days")
                        .param("everyDays", "4").param("minutes", "50")
                        .param("noticing", "A").param("planning", "shared").param("doing", "B"))
                .andExpect(redirectedUrlPattern("/load?item-saved#item-*"));

        mvc.perform(get("/load").cookie(kaiSession))
                .andExpect(content().string(allOf(containsString("Laundry, folded"), containsString("Every 4 days"),
                        containsString("Planning: <strong>Both of us</strong>"))));
    }

    @Test
    void theBalancePageDrawsTheTrendAsSvgWithoutInlineStyleOrScript() throws Exception {
        couple.withDone(robin, laundry(), null, null);

        mvc.perform(get("/load/balance").cookie(robinSession))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg class=\"chart\""), containsString("class=\"target\""),
                        containsString("class=\"part-a\""), containsString("What tilts it most"),
                        containsString("What is fair for us"), not(containsString("style=")),
                        not(containsString("<script>")))));
    }

    @Test
    void aSplitIsProposedOnTheBalancePageAndAgreedByTheOther() throws Exception {
        mvc.perform(post("/load/fair-share").cookie(robinSession).with(csrf()).param("myPercent", "40"))
                .andExpect(redirectedUrlPattern("/load/balance*"));
        mvc.perform(get("/load/balance").cookie(kaiSession))
                .andExpect(content().string(containsString("Robin proposes Robin 40%, Kai 60%")));

        mvc.perform(post("/load/fair-share/agree").cookie(kaiSession).with(csrf()));

        mvc.perform(get("/load/balance").cookie(robinSession))
                .andExpect(content().string(containsString("You agreed: <strong>Robin 40%</strong>")));
        mvc.perform(post("/load/fair-share").cookie(robinSession).with(csrf()).param("myPercent", "140"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aHandOverIsOfferedOnTheItemAndAnsweredOnTheBalance() throws Exception {
        long laundry = laundry();
        mvc.perform(post("/load/handovers").cookie(kaiSession).with(csrf())
                        .param("itemId", String.valueOf(laundry)).param("phases", "doing"))
                .andExpect(redirectedUrlPattern("/load/balance*"));
        mvc.perform(get("/load/items/" + laundry).cookie(kaiSession))
                .andExpect(content().string(containsString("waiting for an answer")));
        long id = api().get("/api/v1/load/handovers", robin.token()).body().get(0).get("id").asLong();

        mvc.perform(get("/load/balance").cookie(robinSession))
                .andExpect(content().string(containsString("Kai asks you to take over the <strong>doing</strong>")));
        mvc.perform(post("/load/handovers/" + id + "/accept").cookie(robinSession).with(csrf()))
                .andExpect(redirectedUrlPattern("/load/balance*"));

        mvc.perform(get("/load").cookie(kaiSession))
                .andExpect(content().string(containsString("Doing: <strong>Robin</strong>")));
    }

    @Test
    void theNavigationLeadsToOurLoad() throws Exception {
        mvc.perform(get("/").cookie(robinSession)).andExpect(content().string(containsString("href=\"/load\"")));
        mvc.perform(get("/load").cookie(robinSession))
                .andExpect(content().string(containsString("Pick from the catalogue")));
    }

    /** Laundry, 60 minutes, all phases Kai's (B). */
    private long laundry() {
        return couple.withLoadItem("Laundry", 60, Owner.B, Owner.B, Owner.B).id();
    }
}
