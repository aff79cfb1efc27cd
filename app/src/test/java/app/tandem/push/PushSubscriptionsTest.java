package app.tandem.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A partner's devices: added by the account page's script or the API, listed with a remove
 * button, and gone on sign-out of that browser, on account deletion, or on removal; never
 * another partner's to see or remove.
 */
class PushSubscriptionsTest extends IntegrationTest {

    private static final String ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

    @Autowired
    private PushSubscriptions subscriptions;
    @Autowired
    private PushKeys keys;

    @Test
    void aPartnerAddsListsAndRemovesTheirDevicesThroughTheApi() throws Exception {
        TestPartner kai = aPartner("Kai");
        try (TestPushService browser = new TestPushService()) {
            TestApi.Response created = api().post("/api/v1/push-subscriptions", kai.token(), json(browser));
            assertThat(created.status()).isEqualTo(201);
            long id = created.body().get("id").asLong();

            assertThat(api().get("/api/v1/push-subscriptions", kai.token()).body().get(0).get("endpoint").asString())
                    .isEqualTo(browser.endpoint());
            assertThat(api().delete("/api/v1/push-subscriptions/" + id, kai.token()).status()).isEqualTo(204);
            assertThat(api().get("/api/v1/push-subscriptions", kai.token()).body()).isEmpty();
            assertThat(api().delete("/api/v1/push-subscriptions/" + id, kai.token()).status()).isEqualTo(404);
        }
    }

    @Test
    void subscribingTheSameBrowserAgainRenewsItsKeysInsteadOfAddingADevice() throws Exception {
        TestPartner kai = aPartner("Kai");
        try (TestPushService browser = new TestPushService(); TestPushService renewed = new TestPushService()) {
            api().post("/api/v1/push-subscriptions", kai.token(), json(browser));
            Map<String, Object> again = json(renewed);
            again.put("endpoint", browser.endpoint());

            api().post("/api/v1/push-subscriptions", kai.token(), again);

            assertThat(subscriptions.of(kai.id())).singleElement()
                    .satisfies(s -> assertThat(s.p256dh()).isEqualTo(renewed.p256dh()));
        }
    }

    @Test
    void anotherPartnersDeviceIsNotFoundAndStays() throws Exception {
        TestCouple couple = aCouple();
        try (TestPushService browser = new TestPushService()) {
            long kais = subscriptions.subscribe(couple.kai().id(), browser.subscription(), null).id();
            Cookie robin = WebSessions.signIn(mvc, couple.robin());

            assertThat(api().delete("/api/v1/push-subscriptions/" + kais, couple.robin().token()).status())
                    .isEqualTo(404);
            assertThat(mvc.perform(post("/account/devices/" + kais + "/remove").with(csrf()).cookie(robin))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(api().get("/api/v1/push-subscriptions", couple.robin().token()).body()).isEmpty();
            assertThat(subscriptions.of(couple.kai().id())).hasSize(1);
        }
    }

    @Test
    void signingOutInOneBrowserRemovesThatBrowsersSubscriptionOnly() throws Exception {
        TestPartner kai = aPartner("Kai");
        try (TestPushService phone = new TestPushService(); TestPushService laptop = new TestPushService()) {
            Cookie phoneSession = WebSessions.signIn(mvc, kai);
            Cookie phoneDevice = subscribeOnPage(phoneSession, null, phone).getCookie("TANDEM_PUSH_DEVICE");
            Cookie laptopSession = WebSessions.signIn(mvc, kai);
            subscribeOnPage(laptopSession, null, laptop);

            mvc.perform(post("/sign-out").with(csrf()).cookie(phoneSession, phoneDevice));

            assertThat(subscriptions.of(kai.id())).extracting(PushSubscription::endpoint)
                    .containsExactly(laptop.endpoint());
        }
    }

    @Test
    void theSameBrowserKeepsOneDeviceKeyAcrossSignIns() throws Exception {
        TestPartner kai = aPartner("Kai");
        try (TestPushService phone = new TestPushService()) {
            Cookie first = WebSessions.signIn(mvc, kai);
            Cookie device = subscribeOnPage(first, null, phone).getCookie("TANDEM_PUSH_DEVICE");
            mvc.perform(post("/sign-out").with(csrf()).cookie(first, device));
            Cookie second = WebSessions.signIn(mvc, kai);

            MockHttpServletResponse again = subscribeOnPage(second, device, phone);

            assertThat(again.getCookie("TANDEM_PUSH_DEVICE")).isNull(); // the browser's key is kept, not replaced
            mvc.perform(post("/sign-out").with(csrf()).cookie(second, device));
            assertThat(subscriptions.of(kai.id())).isEmpty();
        }
    }

    @Test
    void deletingTheAccountRemovesItsDevices() throws Exception {
        TestPartner kai = aPartner("Kai");
        try (TestPushService browser = new TestPushService()) {
            subscriptions.subscribe(kai.id(), browser.subscription(), null);

            api().delete("/api/v1/me", kai.token(), Map.of("password", TestApi.PASSWORD));

            assertThat(jdbc.sql("select count(*) from push_subscription where endpoint = ?").param(browser.endpoint())
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void theAccountPageListsEachDeviceWithARemoveButton() throws Exception {
        TestPartner kai = aPartner("Kai");
        try (TestPushService browser = new TestPushService()) {
            Cookie session = WebSessions.signIn(mvc, kai);
            String section = subscribeOnPage(session, null, browser).getContentAsString();
            assertThat(section).contains("Chrome on Android", "Remove Chrome on Android", "data-key=\"" + keys.publicKey());
            assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString())
                    .contains("hx-get=\"/account/devices\"");
            long id = subscriptions.of(kai.id()).get(0).id();

            MockHttpServletResponse removed = mvc.perform(post("/account/devices/" + id + "/remove").with(csrf())
                    .cookie(session)).andReturn().getResponse();

            assertThat(removed.getRedirectedUrl()).isEqualTo("/account#push");
            assertThat(mvc.perform(get("/account/devices").cookie(session)).andReturn().getResponse()
                    .getContentAsString()).contains("No device of yours has notifications on");
        }
    }

    @Test
    void badSubscriptionsAreRefusedAlikeByThePageAndTheApi() throws Exception {
        TestPartner kai = aPartner("Kai");
        Cookie session = WebSessions.signIn(mvc, kai);
        InputParity parity = new InputParity(mvc, api());
        String key = "B" + "A".repeat(86);
        String auth = "AAAAAAAAAAAAAAAAAAAAAA";
        String[][] cases = {
                {"", "", ""},
                {"not an address", key, auth},
                {"https://intranet.example/push", key, auth},
                {"https://fcm.googleapis.com/" + "x".repeat(3000), key, auth},
                {"https://ü.example/push", key, auth},
                {"http://127.0.0.1/push/x", "<script>alert(1)</script>", auth},
                {"http://127.0.0.1/push/x", key, "dG9vIHNob3J0"},
                {"http://127.0.0.1/push/x", "A".repeat(87), "🙂"},
        };
        for (String[] c : cases) {
            Map<String, String> form = Map.of("endpoint", c[0], "keys.p256dh", c[1], "keys.auth", c[2]);
            Map<String, Object> json = Map.of("endpoint", c[0], "keys", Map.of("p256dh", c[1], "auth", c[2]));
            parity.assertSameErrors(session, kai.token(), "/account/devices", "POST", "/api/v1/push-subscriptions",
                    form, json);
        }
        assertThat(subscriptions.of(kai.id())).isEmpty();
    }

    @Test
    void apiClientsGetTheVapidPublicKeyToSubscribeWith() {
        TestPartner kai = aPartner("Kai");

        String served = api().get("/api/v1/push/public-key", kai.token()).body().get("publicKey").asString();

        assertThat(served).isEqualTo(keys.publicKey());
        assertThat(Base64.getUrlDecoder().decode(served)).hasSize(65).startsWith((byte) 4);
    }

    private MockHttpServletResponse subscribeOnPage(Cookie session, Cookie device, TestPushService browser)
            throws Exception {
        var request = post("/account/devices").with(csrf()).header("User-Agent", ANDROID_CHROME)
                .param("endpoint", browser.endpoint()).param("keys.p256dh", browser.p256dh())
                .param("keys.auth", browser.auth());
        MockHttpServletResponse response = mvc.perform(device == null ? request.cookie(session)
                : request.cookie(session, device)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private static Map<String, Object> json(TestPushService browser) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("endpoint", browser.endpoint());
        body.put("keys", Map.of("p256dh", browser.p256dh(), "auth", browser.auth()));
        return body;
    }
}
