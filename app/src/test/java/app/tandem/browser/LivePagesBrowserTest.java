package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Story: Kai's home is open on the phone; Robin asks for something. Within a second, without a
 * reload, Kai's home shows the need waiting and the inbox count; opening it marks it read. A
 * reflection being typed is never replaced by a redraw.
 */
class LivePagesBrowserTest extends BrowserTest {

    /** "Within a second" of the commit, with room for a loaded two-core machine to draw the page. */
    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(2_000);

    @Test
    void whatOnePartnerDoesShowsOnTheOthersOpenPageAtOnce() {
        TestCouple couple = aCouple();
        Page kai = signedIn(couple.kai());
        kai.navigate("/");
        assertThat(kai.locator("#inbox-link")).not().containsText("1");
        awaitLive(kai);

        long id = api().post("/api/v1/needs", couple.robin().token(), Map.of("feeling", "lonely",
                "because", "the evenings have been quiet", "need", "a walk with you after dinner", "send", true))
                .body().get("id").asLong();

        assertThat(kai.locator("#waiting-for-me")).containsText("Reflect on it", SOON);
        assertThat(kai.locator("#unread-count")).containsText("1", SOON);
        screenshot(kai, "01-kai-sees-robins-need-arrive");

        kai.locator("#waiting-for-me a").first().click();
        kai.getByLabel("What I hear is…").fill("You'd like a walk with me after dinner.");
        awaitLive(kai);
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Look at this sunset!"));
        assertThat(kai.locator("#live-news")).containsText("Something new happened", SOON);
        assertThat(kai.getByLabel("What I hear is…")).hasValue("You'd like a walk with me after dinner.");
        screenshot(kai, "02-a-redraw-waits-while-kai-writes");

        kai.navigate("/inbox");
        assertThat(kai.locator("#inbox-entries")).containsText("Robin made a bid for connection");
        assertThat(kai.locator("#inbox-entries li.read")).containsText("Robin asked you for something they need");
        screenshot(kai, "03-kai-reads-the-inbox");
        org.assertj.core.api.Assertions.assertThat(id).isPositive();
    }
}
