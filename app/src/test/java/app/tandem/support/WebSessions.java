package app.tandem.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.TestApi.TestPartner;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs a partner in through the real form and returns their session cookie (sessions live
 * in PostgreSQL, so the cookie is the session), for page tests.
 */
public final class WebSessions {

    private WebSessions() {}

    public static Cookie signIn(MockMvc mvc, TestPartner partner) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").with(csrf())
                        .param("email", partner.email()).param("password", partner.password()))
                .andReturn();
        Cookie session = result.getResponse().getCookie("TANDEM_SESSION");
        if (result.getResponse().getStatus() != 302 || session == null) {
            throw new IllegalStateException("sign-in failed: " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }
}
