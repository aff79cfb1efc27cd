package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding 9: a password changed through the API ends every web session; a password of spaces is refused. */
class PasswordChangeTest extends IntegrationTest {

    @Test
    void changingThePasswordThroughTheApiEndsEveryWebSession() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie phone = WebSessions.signIn(mvc, robin);
        Cookie laptop = WebSessions.signIn(mvc, robin);
        assertThat(mvc.perform(get("/account").cookie(phone)).andReturn().getResponse().getStatus()).isEqualTo(200);

        var changed = api().put("/api/v1/me/password", robin.token(),
                Map.of("currentPassword", robin.password(), "newPassword", "a brand new long sentence"));

        assertThat(changed.status()).isEqualTo(204);
        for (Cookie session : new Cookie[] {phone, laptop}) {
            var page = mvc.perform(get("/account").cookie(session)).andReturn().getResponse();
            assertThat(page.getStatus()).as("a session signed in with the old password").isEqualTo(302);
            assertThat(page.getRedirectedUrl()).contains("/sign-in");
        }
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(robin.email())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPasswordOfOnlySpacesIsRefused() {
        var signUp = api().post("/api/v1/partners", null,
                Map.of("email", "spaces@example.org", "displayName", "Sam", "password", "          "));
        assertThat(signUp.status()).isEqualTo(400);
        assertThat(signUp.body().get("errors").get("password").asString()).contains("only spaces");

        TestPartner robin = aPartner("Robin");
        var change = api().put("/api/v1/me/password", robin.token(),
                Map.of("currentPassword", robin.password(), "newPassword", " \t          "));
        assertThat(change.status()).isEqualTo(400);
    }
}
