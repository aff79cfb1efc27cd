package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimeZoneAndEmailTest extends IntegrationTest {

    @Autowired
    private PartnerService partners;

    private static String anEmail() {
        return "tz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void theSignUpTakesTheZoneTheBrowserReportedAndFallsBackToUtcWithoutOne() throws Exception {
        String berlin = anEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", berlin).param("displayName", "Maya")
                .param("password", TestApi.PASSWORD).param("timeZone", "Europe/Berlin")).andExpect(status().is3xxRedirection());
        String noScript = anEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", noScript).param("displayName", "Theo")
                .param("password", TestApi.PASSWORD)).andExpect(status().is3xxRedirection());
        String made = anEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", made).param("displayName", "Eve")
                .param("password", TestApi.PASSWORD).param("timeZone", "<script>Mars/Olympus</script>"))
                .andExpect(status().is3xxRedirection());

        assertThat(partners.findByEmail(berlin).orElseThrow().zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(partners.findByEmail(noScript).orElseThrow().zone().getId()).isIn("UTC", "Z");
        assertThat(partners.findByEmail(made).orElseThrow().zone().getId()).isIn("UTC", "Z");
        mvc.perform(get("/sign-up")).andExpect(content().string(allOf(
                containsString("<input type=\"hidden\" name=\"timeZone\" value=\"\" data-from-browser>"),
                containsString("/js/zone.js"))));
    }

    @Test
    void thePartnerChangesTheirZoneOnTheAccountPageAndThroughTheApi() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);
        mvc.perform(get("/account").cookie(session)).andExpect(content().string(allOf(
                containsString("It is UTC now"), containsString("<option value=\"America/New_York\""))));

        mvc.perform(post("/account/zone").cookie(session).with(csrf()).param("timeZone", "America/New_York"))
                .andExpect(redirectedUrl("/account?zone-changed"));
        mvc.perform(get("/account?zone-changed").cookie(session)).andExpect(content().string(allOf(
                containsString("Your time zone is changed"), containsString("<dd>America/New_York</dd>"))));

        var changed = api().put("/api/v1/me/time-zone", robin.token(), Map.of("timeZone", "Asia/Tokyo"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void anUnknownZoneIsTheSameClearErrorOnThePageAndInTheApi() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);
        for (String bad : new String[] {"", "Europe/Atlantis", "ü".repeat(70), "<b>UTC</b>"}) {
            var page = mvc.perform(post("/account/zone").cookie(session).with(csrf()).param("timeZone", bad))
                    .andExpect(status().isBadRequest()).andReturn();
            var problem = api().put("/api/v1/me/time-zone", robin.token(), Map.of("timeZone", bad));
            assertThat(problem.status()).isEqualTo(400);
            String message = problem.body().get("errors").get("timeZone").asString();
            assertThat(message).isIn("Choose your time zone.",
                    "That is not a time zone we know. Choose one from the list, such as Europe/Berlin.");
            assertThat(page.getResponse().getContentAsString()).contains(message);
        }
        assertThat(partners.zoneOf(robin.id()).getId()).isIn("UTC", "Z");
    }

    @Test
    void withoutEmailThePasswordAloneMovesTheAccountAtOnce() {
        TestPartner robin = aPartner("Robin");
        String newEmail = anEmail();

        Partner changed = partners.changeEmail(robin.id(), newEmail, robin.password(), null);

        assertThat(changed.email()).isEqualTo(newEmail);
        assertThat(api().post("/api/v1/tokens", null, Map.of("email", newEmail, "password", robin.password()))
                .status()).isEqualTo(201);
        assertThat(api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", robin.password()))
                .status()).as("the old address signs in no more").isEqualTo(401);
    }

    @Test
    void theEmailChangeGivesEveryErrorAtOnceOnThePageAndInTheApi() throws Exception {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        Cookie session = WebSessions.signIn(mvc, robin);
        for (Map<String, String> bad : new Map[] {Map.of("email", "", "password", ""),
                Map.of("email", "not-an-address", "password", robin.password()),
                Map.of("email", kai.email(), "password", robin.password()),
                Map.of("email", robin.email().toUpperCase(), "password", robin.password())}) {
            var request = post("/account/email").cookie(session).with(csrf());
            bad.forEach(request::param);
            String page = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString();
            var problem = api().put("/api/v1/me/email", robin.token(), bad);
            assertThat(problem.status()).isEqualTo(400);
            problem.body().get("errors").properties().forEach(e -> assertThat(page).contains(
                    e.getValue().asString().replace("'", "&#39;").replace("\"", "&#34;")));
        }
        assertThat(partners.find(robin.id()).orElseThrow().email()).isEqualTo(robin.email());
    }
}
