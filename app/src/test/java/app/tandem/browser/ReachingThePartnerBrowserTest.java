package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.push.TestPushService;
import app.tandem.support.BrowserTest;
import app.tandem.support.TestCouple;
import app.tandem.support.TestMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Story: Robin asks Kai for something, in Robin's own browser, "at a time" two hours away.
 * Kai's open home shows it and the count within a second; a few minutes later one e-mail,
 * grouped with Robin's bid and saying nothing of either, reaches Kai. When the need's time has
 * passed, Robin is asked, once, whether Kai followed through. The same group reaches Kai's
 * phone as one Web Push, which the test's push service decrypts.
 */
class ReachingThePartnerBrowserTest extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(2_000);

    private final TestPushService pushService;

    ReachingThePartnerBrowserTest() throws Exception {
        pushService = new TestPushService();
    }

    @AfterEach
    void stopPushService() {
        pushService.close();
    }

    @Test
    void aNeedReachesKaiLiveAndByOneQuietEmailAndRobinIsPromptedWhenItsTimePasses() throws Exception {
        TestCouple couple = aCouple();
        api().post("/api/v1/push-subscriptions", couple.kai().token(), Map.of("endpoint", pushService.endpoint(),
                "keys", Map.of("p256dh", pushService.p256dh(), "auth", pushService.auth())));
        Page kai = signedIn(couple.kai());
        Page robin = signedIn(couple.robin());
        kai.navigate("/");
        awaitLive(kai);

        Instant when = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        robin.getByText("Ask Kai for what you need").click();
        robin.locator("button[data-feeling='lonely']").first().click();
        robin.getByLabel("because").fill("the evenings have been quiet");
        robin.getByLabel("and I need").fill("a walk with you after dinner");
        robin.getByLabel("At a time:").check();
        robin.locator("#whenAt").fill(when.atOffset(ZoneOffset.UTC).toLocalDateTime().toString());
        screenshot(robin, "01-robin-asks-for-a-walk-at-a-time");
        button(robin, "Send to Kai").click();

        assertThat(kai.locator("#waiting-for-me")).containsText("Reflect on it", SOON);
        assertThat(kai.locator("#unread-count")).containsText("1", SOON);
        screenshot(kai, "02-kais-open-home-shows-it-at-once");

        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Look at this sunset!"));
        clock.advance(Duration.ofMinutes(3).plusSeconds(5));
        deliverNow();
        List<MimeMessage> mails = TestMail.to(couple.kai().email());
        org.assertj.core.api.Assertions.assertThat(mails).as("one grouped e-mail").hasSize(1);
        org.assertj.core.api.Assertions.assertThat(mails.get(0).getSubject())
                .isEqualTo("Robin is waiting for you in Tandem");
        org.assertj.core.api.Assertions.assertThat(mails.get(0).getContent().toString())
                .doesNotContain("walk", "quiet", "lonely", "sunset");
        // The same group reaches Kai's phone: one push, encrypted for it, that says no more than the e-mail.
        org.assertj.core.api.Assertions.assertThat(pushService.received()).as("one grouped push").hasSize(1);
        JsonNode push = pushService.decrypt(pushService.received().get(0));
        org.assertj.core.api.Assertions.assertThat(push.get("body").asText()).isEqualTo("Robin is waiting for you in Tandem");
        org.assertj.core.api.Assertions.assertThat(push.toString()).doesNotContain("walk", "quiet", "lonely", "sunset");

        long need = api().get("/api/v1/needs", couple.kai().token()).body().get("needs").get(0).get("id").asLong();
        api().post("/api/v1/needs/" + need + "/reflection", couple.kai().token(),
                Map.of("text", "You'd like a walk with me after dinner."));
        api().post("/api/v1/needs/" + need + "/reflection/confirm", couple.robin().token(), "");
        api().post("/api/v1/needs/" + need + "/answer", couple.kai().token(), Map.of("kind", "yes"));
        robin.navigate("/inbox");
        awaitLive(robin);

        clock.advance(Duration.ofHours(2));
        deliverNow();
        deliverNow();

        // Robin's open inbox redraws itself with the prompt, newest first.
        assertThat(robin.locator("#inbox-entries li").first())
                .containsText("The time for your need has come: did Kai follow through?", SOON);
        assertThat(robin.locator("#inbox-entries li", new Page.LocatorOptions()
                .setHasText("did Kai follow through?"))).hasCount(1);
        screenshot(robin, "03-robin-is-asked-once-whether-kai-followed-through");
    }
}
