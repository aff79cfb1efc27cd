package app.tandem.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.load.LoadItem;
import app.tandem.load.Owner;
import app.tandem.need.Need;
import app.tandem.need.NeedStatus;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rough edges a new couple hit in the walkthrough, one test each (issue 14, "Why" 1–11). */
class RoughEdgesTest extends IntegrationTest {

    @Test
    void everyActionIsConfirmedAndTheConfirmationIsAnnouncedToScreenReaders() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(post("/bids").cookie(robin).with(csrf()).param("text", "Can we connect tonight?"))
                .andExpect(redirectedUrl("/?bid-sent"));
        mvc.perform(get("/?bid-sent").cookie(robin)).andExpect(content().string(
                containsString("<p class=\"notice flash\" id=\"flash\" role=\"status\" aria-live=\"polite\">Your bid is sent.</p>")));
        for (var marker : Map.of("/?joined", "You joined", "/?reminded", "Your reminder is sent", "/?left", "You left",
                "/?sent", "Your need is sent").entrySet()) {
            mvc.perform(get(marker.getKey()).cookie(robin)).andExpect(content().string(containsString(marker.getValue())));
        }
        mvc.perform(get("/").cookie(robin)).andExpect(content().string(not(containsString("id=\"flash\""))));
    }

    @Test
    void aFormFieldNamedLikeAMarkerIsNoConfirmation() throws Exception {
        TestPartner alone = aPartner("Robin");
        Cookie robin = WebSessions.signIn(mvc, alone);

        mvc.perform(post("/account/name").cookie(robin).with(csrf()).param("displayName", "").param("sent", "x"))
                .andExpect(status().isBadRequest()).andExpect(content().string(not(containsString("id=\"flash\""))));
    }

    @Test
    void theCouplesOwnPagesAreNotInTheNavigationBeforeThereIsACouple() throws Exception {
        Cookie alone = WebSessions.signIn(mvc, aPartner("Robin"));
        mvc.perform(get("/").cookie(alone)).andExpect(content().string(allOf(
                not(containsString("href=\"/agreement\"")), not(containsString("href=\"/load\"")))));

        Cookie together = WebSessions.signIn(mvc, aCouple().robin());
        mvc.perform(get("/").cookie(together)).andExpect(content().string(allOf(
                containsString("href=\"/agreement\">Our agreement"), containsString("href=\"/load\">Our load"))));
    }

    @Test
    void aStaleTabOnABidKeepsTheResponseThatWasTyped() throws Exception {
        TestCouple couple = aCouple();
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Look at this sunset!")).body()
                .get("id").asLong();
        api().post("/api/v1/bids/" + bid + "/response", couple.kai().token(), Map.of("response", "toward"));

        String page = mvc.perform(post("/bids/" + bid + "/response").cookie(WebSessions.signIn(mvc, couple.kai()))
                        .with(csrf()).param("response", "toward").param("text", "Wow, <i>gorgeous</i>!"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("That did not go through, because this changed while the page was open.")
                .contains("you already").contains("id=\"kept-text\"").contains("Wow, &lt;i&gt;gorgeous&lt;/i&gt;!");
    }

    @Test
    void aStaleTabOnAHurtKeepsTheRepairThatWasTyped() throws Exception {
        TestCouple couple = aCouple();
        var hurt = couple.hurtIn(app.tandem.repair.HurtStage.REPAIR_OFFERED); // Kai offered a repair in another tab

        String page = mvc.perform(post("/hurts/" + hurt.id() + "/repairs").cookie(WebSessions.signIn(mvc, couple.kai()))
                        .with(csrf()).param("acknowledge", "I left you alone at dinner, a second time I say it.")
                        .param("apologise", "I'm sorry.").param("willDo", "Phones off."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("That did not go through, because this changed while the page was open.")
                .contains("I left you alone at dinner, a second time I say it.").doesNotContain("Something is off");
    }

    @Test
    void aStaleTabInAStateOfUsKeepsTheTurnThatWasTyped() throws Exception {
        TestCouple couple = aCouple();
        long meeting = api().post("/api/v1/state-of-us", couple.robin().token(), Map.of()).body().get("id").asLong();
        api().post("/api/v1/state-of-us/" + meeting + "/turns", couple.robin().token(),
                Map.of("text", "I feel tired because the week was long, and I need a quiet Sunday."));

        String page = mvc.perform(post("/state-of-us/" + meeting + "/turns").cookie(WebSessions.signIn(mvc, couple.robin()))
                        .with(csrf()).param("text", "I feel tired, said from my other tab."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("That did not go through, because this changed while the page was open.")
                .contains("I feel tired, said from my other tab.");
    }

    @Test
    void aStaleSecondTabKeepsWhatWasTypedAndSaysWhatChanged() throws Exception {
        TestCouple couple = aCouple();
        Need need = couple.needIn(NeedStatus.REFLECTED); // Kai reflected in the first tab
        Cookie kai = WebSessions.signIn(mvc, couple.kai());

        String page = mvc.perform(post("/needs/" + need.id() + "/reflection").cookie(kai).with(csrf())
                        .param("text", "You want me to cook on Thursday — my <b>second</b> try."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("That did not go through, because this changed while the page was open.")
                .contains("waiting for the asker to confirm the reflection")
                .contains("You want me to cook on Thursday — my &lt;b&gt;second&lt;/b&gt; try.")
                .doesNotContain("Something is off");
    }

    @Test
    void theNeedSentenceDoesNotDoubleItsPunctuation() throws Exception {
        TestCouple couple = aCouple();
        long id = api().post("/api/v1/needs", couple.robin().token(), Map.of("feeling", "tired",
                "because", "you said \"I'll run\".", "need", "you to cook one night this week.", "send", true))
                .body().get("id").asLong();
        Cookie kai = WebSessions.signIn(mvc, couple.kai());

        String page = mvc.perform(get("/needs/" + id).cookie(kai)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("because you said \"I'll run\", and I need <strong>you to cook one night this week</strong>.</p>")
                .doesNotContain("..").doesNotContain(".,");
    }

    @Test
    void theCoachDoesNotPraiseAFeelingThatIsNotWrittenYet() throws Exception {
        Cookie robin = WebSessions.signIn(mvc, aCouple().robin());

        mvc.perform(post("/needs/review").cookie(robin).with(csrf()).param("feeling", "")
                        .param("because", "the tax forms are due on Friday")
                        .param("need", "you to sit with me for an hour on Wednesday evening to fill them in"))
                .andExpect(content().string(allOf(not(containsString("It reads as your own feeling")),
                        containsString("Still to write: I feel."))));
    }

    @Test
    void afterAReminderTheAskerSeesItWaitingForThePartner() throws Exception {
        TestCouple couple = aCouple();
        couple.withAgreementInForce("We chose each other.", "We care for each other.");
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(post("/reminders").cookie(robin).with(csrf()).param("commitment", "We care for each other.")
                .param("message", "That hurt. We agreed to care for each other.")).andExpect(redirectedUrl("/?reminded"));

        String home = mvc.perform(get("/?reminded").cookie(robin)).andReturn().getResponse().getContentAsString();
        String waiting = home.substring(home.indexOf("id=\"waiting-for-partner\""), home.indexOf("</section>",
                home.indexOf("id=\"waiting-for-partner\"")));
        assertThat(waiting).contains("Your reminder of our agreement").doesNotContain("Nothing right now");
        assertThat(home).contains("Your reminder is sent.");
    }

    @Test
    void aPartnersOwnActionsReadAsYou() throws Exception {
        TestCouple couple = aCouple();
        Need missed = couple.needIn(NeedStatus.MISSED);
        Cookie robin = WebSessions.signIn(mvc, couple.robin());
        Cookie kai = WebSessions.signIn(mvc, couple.kai());

        mvc.perform(get("/needs/" + missed.id()).cookie(robin)).andExpect(content().string(allOf(
                containsString("You marked this need missed"), containsString("Kai's answer: Yes"))));
        mvc.perform(get("/needs/" + missed.id()).cookie(kai)).andExpect(content().string(allOf(
                containsString("Robin marked this need missed"), containsString("Your answer: Yes"))));
    }

    @Test
    void theQuickBidAndTheFirstAgreementSayWhatTheyAre() throws Exception {
        Cookie robin = WebSessions.signIn(mvc, aCouple().robin());

        mvc.perform(get("/").cookie(robin)).andExpect(content().string(allOf(
                containsString("placeholder=\"Can we connect tonight?\""), not(containsString("Look at this…")))));
        mvc.perform(get("/agreement/edit").cookie(robin)).andExpect(content().string(allOf(
                containsString("Write our first agreement"), not(containsString("Propose a version")))));
    }

    @Test
    void theBalanceDoesNotSpeakOfAnAgreementNobodyMade() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(get("/load/balance").cookie(robin)).andExpect(content().string(allOf(
                containsString("You have not set your fair share yet"), not(containsString("You agreed:")),
                not(containsString("split you agreed")))));
        mvc.perform(post("/load/fair-share").cookie(robin).with(csrf()).param("myPercent", "50"))
                .andExpect(redirectedUrl("/load/balance?share-proposed#fair-share"));
        mvc.perform(post("/load/fair-share/agree").cookie(WebSessions.signIn(mvc, couple.kai())).with(csrf()));

        mvc.perform(get("/load/balance").cookie(robin)).andExpect(content().string(allOf(
                containsString("You agreed:"), not(containsString("You have not set your fair share yet")))));
    }

    @Test
    void theCatalogueAsksWhoCarriesEachItemAndKeepsTheTicksWhenNobodyWasChosen() throws Exception {
        Cookie robin = WebSessions.signIn(mvc, aCouple().robin());

        mvc.perform(get("/load/catalogue").cookie(robin)).andExpect(content().string(allOf(
                containsString("<option value=\"\">Choose who</option>"), not(containsString("selected")))));
        String again = mvc.perform(post("/load/catalogue").cookie(robin).with(csrf())
                        .param("pick", "laundry", "bins").param("owner-laundry", "B").param("owner-bins", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(again).contains("Say who carries each ticked item now")
                .contains("id=\"pick-laundry\" name=\"pick\" value=\"laundry\" checked")
                .contains("id=\"pick-bins\" name=\"pick\" value=\"bins\" checked")
                .containsPattern("<option value=\"B\" selected>");
    }

    @Test
    void theLighterLoadedPartnerIsPromptedToOfferHelp() throws Exception {
        TestCouple couple = aCouple();
        LoadItem laundry = couple.withLoadItem("Laundry", 120, Owner.A, Owner.A, Owner.A);
        for (int weeksAgo = 1; weeksAgo <= 3; weeksAgo++) {
            couple.withDone(couple.robin(), laundry.id(), Owner.A, clock.instant().minus(Duration.ofDays(7L * weeksAgo)));
        }
        Cookie kai = WebSessions.signIn(mvc, couple.kai());
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(get("/load/balance").cookie(kai)).andExpect(content().string(allOf(
                containsString("Robin has been carrying a lot"), containsString("Offer Robin help"),
                containsString("action=\"/bids\""))));
        mvc.perform(get("/load/balance").cookie(robin)).andExpect(content().string(allOf(
                containsString("You have been carrying a lot"), not(containsString("Offer Kai help")))));
    }

    @Test
    void aHurtCanBeNamedFromABidTurnedTowardWithAYeahBut() throws Exception {
        TestCouple couple = aCouple();
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Look at this sunset!"))
                .body().get("id").asLong();
        api().post("/api/v1/bids/" + bid + "/response", couple.kai().token(),
                Map.of("response", "toward", "text", "Yeah, but I'm busy."));
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(get("/bids/" + bid).cookie(robin)).andExpect(content().string(allOf(
                containsString("Did something in it hurt?"),
                containsString("href=\"/hurts/new?subject=bid&subjectId=" + bid + "\""))));
        mvc.perform(get("/bids/" + bid).cookie(WebSessions.signIn(mvc, couple.kai())))
                .andExpect(content().string(not(containsString("Name what hurt"))));
    }
}
