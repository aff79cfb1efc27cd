package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestMail;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A forgotten password: a single-use, expiring link by e-mail, and the same answer for any address. */
class PasswordResetTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("(/password-reset/[\\w-]+)");
    private static final String NEW_PASSWORD = "a quiet morning with coffee";

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        TestPartner robin = aPartner("Robin");
        MockHttpServletResponse known = ask(robin.email());
        MockHttpServletResponse unknown = ask("nobody-" + robin.id() + "@example.org");

        assertThat(unknown.getStatus()).isEqualTo(known.getStatus()).isEqualTo(200);
        assertThat(strip(unknown.getContentAsString())).isEqualTo(strip(known.getContentAsString()));
        assertThat(known.getContentAsString()).contains(PasswordResetPages.SENT);
        assertThat(TestMail.await(robin.email(), 1)).hasSize(1);
        assertThat(TestMail.to("nobody-" + robin.id() + "@example.org")).isEmpty();
        assertThat(ask("").getStatus()).isEqualTo(200);
        assertThat(ask("<script>alert(1)</script>@x".repeat(50)).getStatus()).isEqualTo(200);
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie phone = WebSessions.signIn(mvc, robin);
        ask(robin.email());
        String link = linkIn(robin);
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = convert_to(?, 'UTF8')")
                .param(link.substring(link.lastIndexOf('/') + 1)).query(Integer.class).single())
                .as("only a hash of the token is kept").isZero();

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("Set my new password");
        MockHttpServletResponse done = choose(link, NEW_PASSWORD);
        assertThat(done.getContentAsString()).contains("Your password is changed");

        assertThat(api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", NEW_PASSWORD)).status())
                .isEqualTo(201);
        assertThat(api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", robin.password()))
                .status()).isEqualTo(401);
        assertThat(mvc.perform(get("/account").cookie(phone)).andReturn().getResponse().getStatus())
                .as("the session from before the reset is over").isEqualTo(302);
        assertThat(api().get("/api/v1/inbox", robin.token()).status()).as("API tokens are revoked").isEqualTo(401);

        MockHttpServletResponse again = choose(link, "yet another long sentence");
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains(PasswordResets.EXPIRED.say());
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        TestPartner robin = aPartner("Robin");
        ask(robin.email());
        String link = linkIn(robin);

        clock.advance(Duration.ofMinutes(61));

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(400);
        MockHttpServletResponse late = choose(link, NEW_PASSWORD);
        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(late.getContentAsString()).contains(PasswordResets.EXPIRED.say());
        assertThat(api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", robin.password()))
                .status()).as("the old password still works").isEqualTo(201);
    }

    @Test
    void aWeakNewPasswordIsExplainedAndTheLinkStillWorks() throws Exception {
        TestPartner robin = aPartner("Robin");
        ask(robin.email());
        String link = linkIn(robin);

        MockHttpServletResponse weak = choose(link, "short");
        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(weak.getContentAsString()).contains("newPassword-error");

        assertThat(choose(link, NEW_PASSWORD).getContentAsString()).contains("Your password is changed");
    }

    @Test
    void aStrangerAskingOverAndOverSendsAtMostThreeLinksAnHour() throws Exception {
        TestPartner robin = aPartner("Robin");
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse answer = ask(robin.email());
            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(answer.getContentAsString()).as("the answer does not tell").contains(PasswordResetPages.SENT);
        }
        assertThat(linksFor(robin)).isEqualTo(PasswordResets.LINKS_PER_WINDOW);
        assertThat(TestMail.await(robin.email(), 3)).hasSize(3);

        clock.advance(Duration.ofMinutes(61));
        ask(robin.email());

        assertThat(linksFor(robin)).as("an hour later a link can be asked for again").isEqualTo(4);
    }

    @Test
    void aMadeUpLinkIsRefused() throws Exception {
        assertThat(choose("/password-reset/made-up", NEW_PASSWORD).getStatus()).isEqualTo(400);
        assertThat(choose("/password-reset/" + "x".repeat(500), NEW_PASSWORD).getStatus()).isEqualTo(400);
    }

    private int linksFor(TestPartner partner) {
        return jdbc.sql("select count(*) from password_reset where partner_id = ?").param(partner.id())
                .query(Integer.class).single();
    }

    private MockHttpServletResponse ask(String email) throws Exception {
        return mvc.perform(post("/password-reset").with(csrf()).param("email", email)).andReturn().getResponse();
    }

    private MockHttpServletResponse choose(String link, String password) throws Exception {
        return mvc.perform(post(link).with(csrf()).param("newPassword", password)).andReturn().getResponse();
    }

    private String linkIn(TestPartner partner) throws Exception {
        var mails = TestMail.await(partner.email(), 1);
        assertThat(mails).hasSize(1);
        Matcher found = LINK.matcher(mails.get(0).getContent().toString());
        assertThat(found.find()).isTrue();
        return found.group(1);
    }

    /** The pages differ only in their CSRF token. */
    private static String strip(String html) {
        return html.replaceAll("[A-Za-z0-9_-]{40,}", "");
    }
}
