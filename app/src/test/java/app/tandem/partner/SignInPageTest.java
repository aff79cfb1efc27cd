package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class SignInPageTest extends IntegrationTest {

    @Test
    void aPartnerSignsInWithTheFormAndLandsHome() throws Exception {
        TestPartner robin = aPartner("Robin");

        mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.1"))
                        .param("email", robin.email()).param("password", robin.password()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAMessage() throws Exception {
        TestPartner robin = aPartner("Robin");

        mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.2"))
                        .param("email", robin.email()).param("password", "not the password"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(content().string(containsString("do not match an account")));
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        TestPartner robin = aPartner("Robin");

        mvc.perform(post("/sign-in").param("email", robin.email()).param("password", robin.password()))
                .andExpect(status().isForbidden());
    }

    @Test
    void tooManyWrongPasswordsAnswer429AndSayWhenToTryAgain() throws Exception {
        TestPartner robin = aPartner("Robin");
        for (int i = 0; i < SignIn.PER_ACCOUNT.attempts(); i++) {
            mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.3"))
                    .param("email", robin.email()).param("password", "guess " + i));
        }

        mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.3"))
                        .param("email", robin.email()).param("password", robin.password()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("try again at")));
    }

    @Test
    void oneAddressGuessingManyAccountsIsThrottledToo() throws Exception {
        for (int i = 0; i < SignIn.PER_ADDRESS.attempts(); i++) {
            mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.4"))
                    .param("email", "nobody" + i + "@example.org").param("password", "password guess"));
        }
        TestPartner robin = aPartner("Robin");

        mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.4"))
                        .param("email", robin.email()).param("password", robin.password()))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.5"))
                        .param("email", robin.email()).param("password", robin.password()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndPagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(api().base() + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());

        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("TANDEM_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain(" style=");
    }

    @Test
    void signingUpSignsTheNewPartnerIn() throws Exception {
        mvc.perform(post("/sign-up").with(csrf()).param("email", "newcomer@example.org")
                        .param("displayName", "Newcomer").param("password", "we are learning together"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signUpFormKeepsWhatWasTypedAndEscapesIt() throws Exception {
        mvc.perform(post("/sign-up").with(csrf()).param("email", "<b>bold</b>")
                        .param("displayName", "<script>alert(1)</script>").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("value=\"&lt;script>alert(1)&lt;/script>\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("does not look like an e-mail address")))
                .andExpect(content().string(containsString("at least 10 characters")));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
