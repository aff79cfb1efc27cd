package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestApi.TestPartner;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Tandem as an app: Chromium finds nothing in the way of installing it (manifest, icons, service
 * worker), the service worker shows the offline page when the server cannot be reached, and the
 * account page offers notifications — or, on an iPhone outside the home-screen app, says first
 * that they need it.
 */
class InstallableAppBrowserTest extends BrowserTest {

    private static final String IPHONE_SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @Test
    void chromiumReportsTheAppInstallable() throws Exception {
        Page page = aBrowserWithAProfile();
        page.navigate("/sign-in");
        serviceWorkerReady(page);

        CDPSession devtools = page.context().newCDPSession(page);
        JsonObject installability = devtools.send("Page.getInstallabilityErrors");
        JsonObject manifest = devtools.send("Page.getAppManifest");

        assertThat(installability.getAsJsonArray("installabilityErrors")).as(installability.toString()).isEmpty();
        assertThat(manifest.getAsJsonArray("errors")).as(manifest.toString()).isEmpty();
        assertThat(manifest.get("url").getAsString()).endsWith("/manifest.webmanifest");
        screenshot(page, "1-installable-sign-in");
    }

    @Test
    void theOfflinePageAppearsWhenTheServerCannotBeReached() {
        TestPartner kai = aCouple().kai();
        Page page = signedIn(kai);
        serviceWorkerReady(page);
        page.reload(); // now under the service worker's control

        page.context().setOffline(true);
        page.navigate("/inbox");

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("You are offline"))).isVisible();
        assertThat(page.locator("link[rel=stylesheet]")).hasAttribute("href", "/css/tandem.css");
        screenshot(page, "2-offline");
        page.context().setOffline(false);
    }

    @Test
    void theAccountPageOffersNotificationsOnThisDevice() {
        TestPartner kai = aCouple().kai();
        Page page = signedIn(kai);

        page.navigate("/account");

        assertThat(button(page, "Turn on notifications on this device")).isVisible();
        assertThat(page.getByText("No device of yours has notifications on")).isVisible();
        assertThat(page.getByText("only when Tandem is on your home screen")).isHidden();
        page.locator("#push").scrollIntoViewIfNeeded();
        screenshot(page, "3-account-notifications");
    }

    @Test
    void onAnIphoneOutsideTheHomeScreenAppThePageSaysSoInsteadOfAsking() {
        TestPartner kai = aPartner("Kai");
        Page page = aBrowserAs(IPHONE_SAFARI, 390, 844);
        page.navigate("/sign-in");
        page.getByLabel("E-mail").fill(kai.email());
        page.getByLabel("Password").fill(kai.password());
        button(page, "Sign in").click();
        page.navigate("/account");

        assertThat(page.getByText("only when Tandem is on your home screen")).isVisible();
        assertThat(button(page, "Turn on notifications on this device")).isHidden();
        page.locator("#push").scrollIntoViewIfNeeded();
        screenshot(page, "4-iphone-add-to-home-screen");
    }

    @Test
    void theServiceWorkerShowsAPushAsANotificationThatKeepsTheThreadToOpen() throws Exception {
        Page page = aBrowser(1280, 800);
        page.context().grantPermissions(List.of("notifications"));
        CDPSession devtools = page.context().newCDPSession(page);
        CompletableFuture<String> registration = new CompletableFuture<>();
        devtools.on("ServiceWorker.workerRegistrationUpdated", event -> event.getAsJsonArray("registrations")
                .forEach(r -> registration.complete(r.getAsJsonObject().get("registrationId").getAsString())));
        devtools.send("ServiceWorker.enable");
        page.navigate("/sign-in");
        serviceWorkerReady(page);

        JsonObject push = new JsonObject();
        push.addProperty("origin", api().base());
        push.addProperty("registrationId", registration.get(10, TimeUnit.SECONDS));
        push.addProperty("data", "{\"title\":\"Tandem\",\"body\":\"Robin is waiting for you in Tandem\","
                + "\"path\":\"/needs/7\",\"tag\":\"tandem:/needs/7\"}");
        devtools.send("ServiceWorker.deliverPushMessage", push);

        assertThat(shownNotification(page)).isEqualTo("Tandem|Robin is waiting for you in Tandem|tandem:/needs/7|/needs/7");
    }

    /** The notification the service worker shows (title|body|tag|path), waited for a few seconds. */
    private static Object shownNotification(Page page) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Object shown = page.evaluate("() => navigator.serviceWorker.ready.then(r => r.getNotifications())"
                    + ".then(all => all.map(n => [n.title, n.body, n.tag, n.data.path].join('|')).join(','))");
            if (!"".equals(shown)) {
                return shown;
            }
            Thread.sleep(100);
        }
        return "";
    }

    private static void serviceWorkerReady(Page page) {
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
    }
}
