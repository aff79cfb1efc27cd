package app.tandem.couple;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;

class CouplePagesTest extends IntegrationTest {

    @Test
    void strangersSeeWhatTandemIsAndHowToStart() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Create an account"), containsString("Sign in"))));
    }

    @Test
    void ourBubbleShowsBothPartners() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());

        mvc.perform(get("/").cookie(robin))
                .andExpect(content().string(allOf(containsString("Our bubble"), containsString("Robin"),
                        containsString("Kai"))));
    }

    @Test
    void startingACoupleShowsTheInviteCodeAndLink() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);

        mvc.perform(post("/couple").cookie(session).with(csrf())).andExpect(redirectedUrl("/?created"));

        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(allOf(containsString("Invite your partner"), containsString("/join/"))));
    }

    @Test
    void theInviteLinkAsksStrangersToSignInFirstThenFillsInTheCode() throws Exception {
        mvc.perform(get("/join/ABCD-EFGH")).andExpect(redirectedUrl("/sign-in"));
        TestPartner kai = aPartner("Kai");
        Cookie session = WebSessions.signIn(mvc, kai);

        mvc.perform(get("/join/ABCD-EFGH").cookie(session))
                .andExpect(content().string(containsString("value=\"ABCD-EFGH\"")));
    }

    @Test
    void joiningWithTheFormOpensTheBubbleAndAWrongCodeSaysWhy() throws Exception {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        String code = api().post("/api/v1/couple", robin.token(), "").body().get("invite").get("code").asString();
        Cookie session = WebSessions.signIn(mvc, kai);

        mvc.perform(post("/join").cookie(session).with(csrf()).param("code", "<i>nope</i>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("does not match"), not(containsString("<i>nope")))));
        mvc.perform(post("/join").cookie(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/?joined"));
        mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("Robin")));
    }

    @Test
    void whenOnePartnerLeavesTheOtherSeesItOnTheirNextVisit() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());
        Cookie kai = WebSessions.signIn(mvc, couple.kai());

        mvc.perform(post("/couple/leave").cookie(kai).with(csrf())).andExpect(redirectedUrl("/?left"));

        mvc.perform(get("/").cookie(robin))
                .andExpect(content().string(allOf(containsString("Your couple has ended"), containsString("Kai left"),
                        containsString("Start our couple"))));
        mvc.perform(get("/").cookie(kai))
                .andExpect(content().string(not(containsString("Your couple has ended"))));
        mvc.perform(post("/couple/dissolution/seen").cookie(robin).with(csrf()));
        mvc.perform(get("/").cookie(robin))
                .andExpect(content().string(not(containsString("Your couple has ended"))));
    }

    @Test
    void unknownPagesAnswer404InTandemsWords() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);

        mvc.perform(get("/no-such-page").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/couples/not-a-number").cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(post("/couple/leave").cookie(session).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("We could not find that"),
                        containsString("Back to our bubble"), not(containsString("Whitelabel")))));
    }
}
