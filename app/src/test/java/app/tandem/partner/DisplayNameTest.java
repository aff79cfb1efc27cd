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
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partner changes the name their partner sees: on the account page or through the API. */
class DisplayNameTest extends IntegrationTest {

    @Test
    void aNewNameShowsOnThePartnersHomeAtOnceWrittenAsTyped() throws Exception {
        TestCouple couple = aCouple();
        Cookie kai = WebSessions.signIn(mvc, couple.kai());
        mvc.perform(get("/").cookie(kai)); // home keeps its cards from this visit

        Response renamed = api().put("/api/v1/me/display-name", couple.robin().token(), Map.of("displayName", "  Robin <b>B</b> 🌿 "));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("displayName").asString()).isEqualTo("Robin <b>B</b> 🌿");
        mvc.perform(get("/").cookie(kai)).andExpect(content().string(containsString("Robin &lt;b&gt;B&lt;/b&gt; 🌿")));
    }

    @Test
    void anEmptyOrTooLongNameIsRefusedAndTheNameStays() {
        TestPartner robin = aPartner("Robin");

        Response empty = api().put("/api/v1/me/display-name", robin.token(), Map.of("displayName", "   "));
        Response tooLong = api().put("/api/v1/me/display-name", robin.token(), Map.of("displayName", "x".repeat(61)));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").get("displayName").asString()).isNotBlank();
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/me", robin.token()).body().get("displayName").asString()).isEqualTo("Robin");
    }

    @Test
    void theAccountPageRenamesAndEveryPageHeadsWithTheNewName() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);

        mvc.perform(post("/account/name").cookie(session).with(csrf()).param("displayName", "x".repeat(61)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("value=\"" + "x".repeat(61) + "\""),
                        containsString("at most 60"))));
        Cookie renewed = mvc.perform(post("/account/name").cookie(session).with(csrf()).param("displayName", "Robin Bay"))
                .andExpect(redirectedUrl("/account?renamed")).andReturn().getResponse().getCookie("TANDEM_SESSION");

        // Signed in again as the renamed partner, with a new session id, as after any sign-in.
        assertThat(renewed).isNotNull();
        mvc.perform(get("/account").param("renamed", "").cookie(renewed)) // a browser sends ?renamed as ""
                .andExpect(content().string(allOf(containsString("Your name is changed"),
                        containsString("<a href=\"/account\">Robin Bay</a>"))));
    }
}
