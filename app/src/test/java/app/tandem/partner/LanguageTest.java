package app.tandem.partner;

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

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The language a page speaks: the partner's choice, else the browser's, else English. */
class LanguageTest extends IntegrationTest {

    @Autowired
    private PartnerService partners;

    private static String anEmail() {
        return "lang-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aPageSpeaksTheLanguageTheBrowserAsksForAndEnglishOtherwise() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"))
                .andExpect(content().string(allOf(containsString("<html lang=\"de\" dir=\"ltr\">"),
                        containsString("<h1>Anmelden</h1>"), containsString("Passwort vergessen?"),
                        containsString("Zum Inhalt springen"), not(containsString("Forgot your password?")))));
        mvc.perform(get("/sign-in").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\" dir=\"ltr\">"),
                        containsString("Forgot your password?"))));
        Cookie session = WebSessions.signIn(mvc, aPartner("Robin"));
        mvc.perform(get("/needs/987654321").cookie(session).header("Accept-Language", "de"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Das haben wir nicht gefunden.")));
    }

    @Test
    void thePseudoLocaleLaysEveryPageOutRightToLeft() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "ar-XB"))
                .andExpect(content().string(allOf(containsString("<html lang=\"ar-XB\" dir=\"rtl\">"),
                        containsString("<h1>\u202BSign in\u202C</h1>"))));
    }

    @Test
    void thePartnersChoiceWinsOverTheBrowserOnThePageAndThroughTheApi() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);
        mvc.perform(get("/account").cookie(session).header("Accept-Language", "de"))
                .andExpect(content().string(allOf(containsString("<h1>Dein Konto</h1>"),
                        containsString("<option value=\"de\" lang=\"de\" selected>Deutsch</option>"),
                        containsString("<option value=\"en\" lang=\"en\">English</option>"))));

        mvc.perform(post("/account/language").cookie(session).with(csrf()).param("language", "en")
                .header("Accept-Language", "de")).andExpect(redirectedUrl("/account?language-changed"));
        mvc.perform(get("/account?language-changed").cookie(session).header("Accept-Language", "de"))
                .andExpect(content().string(allOf(containsString("Your language is changed."),
                        containsString("<option value=\"en\" lang=\"en\" selected>English</option>"))));

        var changed = api().put("/api/v1/me/language", robin.token(), Map.of("language", "de"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("language").asString()).isEqualTo("de");
        mvc.perform(get("/account").cookie(session)).andExpect(content().string(allOf(
                containsString("<html lang=\"de\""), containsString("Meine Sprache ändern"))));
        assertThat(partners.languageOf(robin.id())).contains(Locale.GERMAN);
    }

    @Test
    void aLanguageTandemDoesNotSpeakIsTheSameClearErrorOnThePageAndInTheApi() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie session = WebSessions.signIn(mvc, robin);
        for (String bad : new String[] {"", "fr", "ar-XB", "<b>de</b>", "ü".repeat(70)}) {
            new InputParity(mvc, api()).assertSameErrors(session, robin.token(), "/account/language", "PUT",
                    "/api/v1/me/language", Map.of("language", bad), Map.of("language", bad));
        }
        var problem = api().put("/api/v1/me/language", robin.token(), Map.of("language", "fr"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body().get("errors").get("language").asString())
                .isEqualTo("Tandem does not speak that language yet. Choose en (English) or de (Deutsch).");
        assertThat(partners.languageOf(robin.id())).isEmpty();
        var docs = api().get("/v3/api-docs", null).body().get("paths").get("/api/v1/me/language").get("put");
        assertThat(docs.get("responses").has("400")).isTrue();
    }

    @Test
    void theSignUpTakesTheBrowsersLanguageFromScriptOrFromTheRequest() throws Exception {
        String script = anEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", script).param("displayName", "Maya")
                .param("password", TestApi.PASSWORD).param("language", "de-DE")).andExpect(status().is3xxRedirection());
        String header = anEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", header).param("displayName", "Theo")
                .param("password", TestApi.PASSWORD).header("Accept-Language", "de-AT,de;q=0.9"))
                .andExpect(status().is3xxRedirection());
        String french = anEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", french).param("displayName", "Eve")
                .param("password", TestApi.PASSWORD).param("language", "fr-FR"))
                .andExpect(status().is3xxRedirection());

        assertThat(partners.findByEmail(script).orElseThrow().language()).isEqualTo(Locale.GERMAN);
        assertThat(partners.findByEmail(header).orElseThrow().language()).isEqualTo(Locale.GERMAN);
        assertThat(partners.findByEmail(french).orElseThrow().language()).isEqualTo(Locale.ENGLISH);
        mvc.perform(get("/sign-up")).andExpect(content().string(
                containsString("<input type=\"hidden\" name=\"language\" value=\"\" data-from-browser>")));
    }
}
