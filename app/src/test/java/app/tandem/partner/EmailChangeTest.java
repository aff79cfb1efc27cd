package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestMail;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * With e-mail on, a new address is confirmed by a link sent to it: the password proves the
 * partner, the link proves the address, and nothing moves until it is opened.
 */
class EmailChangeTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("(/email-change/[\\w-]+)");

    private static String anEmail() {
        return "move-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void theAccountMovesOnlyWhenTheLinkToTheNewAddressIsOpened() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);
        Cookie otherDevice = WebSessions.signIn(mvc, robin);
        String newEmail = anEmail();

        MockHttpServletResponse asked = mvc.perform(post("/account/email").cookie(session).with(csrf())
                .param("email", newEmail).param("password", robin.password())).andReturn().getResponse();
        assertThat(asked.getRedirectedUrl()).isEqualTo("/account?email-link-sent");
        assertThat(mvc.perform(get("/account?email-link-sent").cookie(session)).andReturn().getResponse()
                .getContentAsString()).contains("A link is on its way to your new address").contains(newEmail)
                .contains("Waiting for you to open the link");
        assertThat(signsIn(robin.email(), robin)).as("until the link is opened, the old address signs in").isTrue();
        assertThat(signsIn(newEmail, robin)).isFalse();

        String link = linkSentTo(newEmail);
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                .as("opening the link only asks").contains("Yes, use this address").contains(newEmail);
        assertThat(signsIn(newEmail, robin)).isFalse();

        MockHttpServletResponse confirmed = mvc.perform(post(link).cookie(session).with(csrf())).andReturn().getResponse();
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/account?email-changed");
        assertThat(signsIn(newEmail, robin)).isTrue();
        assertThat(signsIn(robin.email(), robin)).as("the old address signs in no more").isFalse();
        assertThat(mvc.perform(get("/account").cookie(otherDevice)).andReturn().getResponse().getStatus())
                .as("another device's session ends, as with a new password").isEqualTo(302);
        assertThat(TestMail.await(robin.email(), 1).get(0).getSubject()).isEqualTo("Your Tandem e-mail address was changed");

        MockHttpServletResponse again = mvc.perform(post(link).with(csrf())).andReturn().getResponse();
        assertThat(again.getStatus()).as("a link works once").isEqualTo(400);
        assertThat(again.getContentAsString()).contains(EmailChanges.EXPIRED.say());
    }

    @Test
    void theLinkWorksInABrowserThatIsNotSignedIn() throws Exception {
        TestPartner robin = aPartner("Robin");
        String newEmail = anEmail();
        api().put("/api/v1/me/email", robin.token(), Map.of("email", newEmail, "password", robin.password()));

        MockHttpServletResponse confirmed = mvc.perform(post(linkSentTo(newEmail)).with(csrf())).andReturn().getResponse();

        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/sign-in?email-changed");
        assertThat(signsIn(newEmail, robin)).isTrue();
    }

    @Test
    void theApiAnswersThatTheChangeWaitsForTheLink() throws Exception {
        TestPartner robin = aPartner("Robin");
        String newEmail = anEmail();

        Response waiting = api().put("/api/v1/me/email", robin.token(), Map.of("email", newEmail, "password", robin.password()));

        assertThat(waiting.status()).isEqualTo(202);
        assertThat(waiting.body().get("pendingEmail").asString()).isEqualTo(newEmail);
        assertThat(waiting.body().get("partner").get("email").asString()).isEqualTo(robin.email());
        assertThat(TestMail.await(newEmail, 1)).hasSize(1);
        assertThat(api().put("/api/v1/me/email", robin.token(), Map.of("email", newEmail, "password", "wrong")).status())
                .isEqualTo(400);
    }

    @Test
    void aNewerRequestAndADayOutMakeALinkUseless() throws Exception {
        TestPartner robin = aPartner("Robin");
        String first = anEmail();
        String second = anEmail();
        api().put("/api/v1/me/email", robin.token(), Map.of("email", first, "password", robin.password()));
        String firstLink = linkSentTo(first);
        api().put("/api/v1/me/email", robin.token(), Map.of("email", second, "password", robin.password()));
        String secondLink = linkSentTo(second);

        assertThat(mvc.perform(post(firstLink).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(400);
        clock.advance(Duration.ofHours(25));
        assertThat(mvc.perform(get(secondLink)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post(secondLink).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(signsIn(robin.email(), robin)).isTrue();
        assertThat(mvc.perform(post("/email-change/" + "x".repeat(500)).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
    }

    @Test
    void anAddressTakenMeanwhileIsExplainedAndNothingMoves() throws Exception {
        TestPartner robin = aPartner("Robin");
        String newEmail = anEmail();
        api().put("/api/v1/me/email", robin.token(), Map.of("email", newEmail, "password", robin.password()));
        String link = linkSentTo(newEmail);
        TestPartner quicker = aPartner("Sam");
        api().put("/api/v1/me/email", quicker.token(), Map.of("email", newEmail, "password", quicker.password()));
        mvc.perform(post(linkSentTo(newEmail, 2)).with(csrf()));

        MockHttpServletResponse late = mvc.perform(post(link).with(csrf())).andReturn().getResponse();

        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(late.getContentAsString()).contains("Another account uses this e-mail address.");
        assertThat(signsIn(robin.email(), robin)).isTrue();
    }

    private boolean signsIn(String email, TestPartner partner) {
        return api().post("/api/v1/tokens", null, Map.of("email", email, "password", partner.password())).status() == 201;
    }

    private String linkSentTo(String address) throws Exception {
        return linkSentTo(address, 1);
    }

    /** The link in the {@code nth} message to the address. */
    private String linkSentTo(String address, int nth) throws Exception {
        var mails = TestMail.await(address, nth);
        assertThat(mails).hasSizeGreaterThanOrEqualTo(nth);
        Matcher found = LINK.matcher(mails.get(nth - 1).getContent().toString());
        assertThat(found.find()).isTrue();
        return found.group(1);
    }
}
