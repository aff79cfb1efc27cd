package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerApiTest extends IntegrationTest {

    @Test
    void aPartnerSignsUpGetsATokenAndSeesThemselves() {
        TestPartner robin = aPartner("Robin");

        Response me = api().get("/api/v1/me", robin.token());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("email").asString()).isEqualTo(robin.email());
        assertThat(me.body().get("displayName").asString()).isEqualTo("Robin");
        assertThat(me.body().has("passwordHash")).isFalse();
    }

    @Test
    void signUpExplainsEveryFieldThatNeedsAnotherLook() {
        Response response = api().post("/api/v1/partners", null,
                Map.of("email", "not-an-address", "displayName", "  ", "password", "short"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("errors").propertyNames()).contains("email", "displayName", "password");
    }

    @Test
    void commonPasswordsAreRefusedEvenWhenLongEnough() {
        Response response = api().post("/api/v1/partners", null,
                Map.of("email", "common@example.org", "displayName", "Sam", "password", "qwertyuiop"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get("password").asString()).contains("common");
    }

    @Test
    void anEmailCanHoldOnlyOneAccountWhateverItsCase() {
        TestPartner robin = aPartner("Robin");

        Response again = api().post("/api/v1/partners", null,
                Map.of("email", robin.email().toUpperCase(), "displayName", "Other", "password", "another long passphrase"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("errors").get("email").asString()).contains("already exists");
    }

    @Test
    void namesKeepUnicodeAndMarkupAsPlainText() {
        Response created = api().post("/api/v1/partners", null, Map.of("email", "zoë+1@example.org",
                "displayName", "Zoë 🌻 <script>alert(1)</script>", "password", "a long walk on the beach"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("displayName").asString()).isEqualTo("Zoë 🌻 <script>alert(1)</script>");
    }

    @Test
    void hugeAndWrongTypedInputGetsAClearAnswer() {
        Response huge = api().post("/api/v1/partners", null,
                Map.of("email", "x".repeat(300) + "@example.org", "displayName", "n".repeat(61), "password", "p".repeat(201)));
        Response wrongType = api().post("/api/v1/partners", null, "{\"email\": 42, \"displayName\": [], \"password\": {}}");
        Response notJson = api().post("/api/v1/partners", null, "email=me");

        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body().get("errors").propertyNames()).contains("email", "displayName", "password");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("detail").asString()).contains("not JSON");
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() {
        Response response = api().get("/api/v1/me", null);
        Response forged = api().get("/api/v1/me", "tdm_forged");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.body().get("status").asInt()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        TestPartner robin = aPartner("Robin");
        String second = api().tokenFor(robin.email(), robin.password());

        assertThat(api().delete("/api/v1/tokens/current", second).status()).isEqualTo(204);

        assertThat(api().get("/api/v1/me", second).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/me", robin.token()).status()).isEqualTo(200);
    }

    @Test
    void aPartnerCannotRevokeSomebodyElsesToken() {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        long kaisTokenId = api().post("/api/v1/tokens", null, Map.of("email", kai.email(), "password", kai.password()))
                .body().get("id").asLong();

        assertThat(api().delete("/api/v1/tokens/" + kaisTokenId, robin.token()).status()).isEqualTo(404);
    }

    @Test
    void changingThePasswordNeedsTheOldOneAndRevokesTokens() {
        TestPartner robin = aPartner("Robin");

        Response wrong = api().put("/api/v1/me/password", robin.token(),
                Map.of("currentPassword", "not it at all", "newPassword", "a brand new passphrase"));
        Response changed = api().put("/api/v1/me/password", robin.token(),
                Map.of("currentPassword", robin.password(), "newPassword", "a brand new passphrase"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/me", robin.token()).status()).isEqualTo(401);
        assertThat(api().tokenFor(robin.email(), "a brand new passphrase")).startsWith("tdm_");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        TestPartner robin = aPartner("Robin");

        String hash = jdbc.sql("select password_hash from partner where id = ?").param(robin.id())
                .query(String.class).single();

        assertThat(hash).startsWith("$argon2id$").doesNotContain(robin.password());
    }

    @Test
    void wrongPasswordsAreThrottledPerAccountWithRetryAfter() {
        TestPartner robin = aPartner("Robin");
        for (int i = 0; i < SignIn.PER_ACCOUNT.attempts(); i++) {
            Response wrong = api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", "guess " + i));
            assertThat(wrong.status()).isEqualTo(401);
        }

        Response blocked = api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", robin.password()));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(blocked.body().get("retryAt").asString()).isNotBlank();
    }

    @Test
    void theThrottleLiftsWhenItsWindowHasPassed() {
        TestPartner robin = aPartner("Robin");
        for (int i = 0; i < SignIn.PER_ACCOUNT.attempts(); i++) {
            api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", "guess " + i));
        }

        clock.advance(SignIn.PER_ACCOUNT.window().plusSeconds(1));

        assertThat(api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", robin.password()))
                .status()).isEqualTo(201);
    }

    @Test
    void theOpenApiDescriptionListsTheApi() {
        Response docs = api().get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").propertyNames()).contains("/api/v1/partners", "/api/v1/tokens",
                "/api/v1/me", "/api/v1/couple", "/api/v1/couple/join", "/api/v1/couple/membership", "/api/v1/me/export");
        assertThat(docs.body().get("info").get("title").asString()).isEqualTo("Tandem API");
        assertThat(docs.body().get("components").get("securitySchemes").get("token").get("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void pagesNameTheirIconAndAnyoneMayFetchIt() {
        assertThat(api().get("/sign-in", null).raw().body()).contains("<link rel=\"icon\" href=\"/favicon.svg\"");
        Response icon = api().get("/favicon.svg", null);
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
    }
}
