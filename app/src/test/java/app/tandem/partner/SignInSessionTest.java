package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Signing in gives the browser a new session (no fixation), and a request the sign-in page still
 * had in flight cannot take it back. Sessions live in PostgreSQL: a request that read the old
 * session before the sign-in and saves it after (the page's service worker, an asset) writes its
 * stale copy back, and when the sign-in had only changed the session's id, that copy put the old
 * id back: the new cookie found nothing and the partner landed on the welcome page, signed out.
 * Assets no longer read the session at all ({@code web/SessionFreeAssets}).
 */
class SignInSessionTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private SessionRepository<? extends Session> sessions;

    @Test
    void aRequestInFlightFromTheSignInPageDoesNotSignThePartnerOutAgain() throws Exception {
        TestPartner robin = aCouple().robin();
        HttpResponse<String> form = http.send(get("/sign-in", null), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(form);
        Session inFlight = sessions.findById(sessionId(before));

        HttpResponse<String> signedIn = http.send(signIn(robin, before, csrf(form.body())),
                HttpResponse.BodyHandlers.ofString());
        String after = sessionCookie(signedIn);
        saveStale(inFlight);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(after).isNotEqualTo(before);
        assertThat(sessions.findById(sessionId(before))).as("the page's old session is gone").isNull();
        HttpResponse<String> home = http.send(get("/", after), HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).contains("class=\"partners").doesNotContain("href=\"/sign-up\"");
    }

    @Test
    void assetsNeitherReadNorWriteTheSession() throws Exception {
        HttpResponse<String> form = http.send(get("/sign-in", null), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form);
        long touched = lastAccess(cookie);

        for (String asset : new String[] {"/css/tandem.css", "/js/app.js", "/sw.js", "/offline.html", "/favicon.svg",
                "/icons/icon-192.png", "/manifest.webmanifest"}) {
            Thread.sleep(5); // a touch would move the time on by at least a millisecond
            HttpResponse<Void> answer = http.send(get(asset, cookie), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as(asset).isEqualTo(200);
            assertThat(lastAccess(cookie)).as(asset + " touched the session").isEqualTo(touched);
        }
    }

    private long lastAccess(String cookie) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", sessionId(cookie)).query(Long.class).single();
    }

    /** What the session filter does at the end of the request that read it: touch it and save it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void saveStale(Session session) {
        session.setLastAccessedTime(Instant.now());
        ((SessionRepository) sessions).save(session);
    }

    private HttpRequest get(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api().base() + path));
        if (session != null) {
            request.header("Cookie", "TANDEM_SESSION=" + session);
        }
        return request.build();
    }

    private HttpRequest signIn(TestPartner partner, String session, String csrf) {
        String body = "email=" + encode(partner.email()) + "&password=" + encode(partner.password())
                + "&_csrf=" + encode(csrf);
        return HttpRequest.newBuilder(URI.create(api().base() + "/sign-in"))
                .header("Cookie", "TANDEM_SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("TANDEM_SESSION="))
                .map(c -> c.substring("TANDEM_SESSION=".length(), c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    /** The cookie holds the session's id in Base64 (Spring Session's default). */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
