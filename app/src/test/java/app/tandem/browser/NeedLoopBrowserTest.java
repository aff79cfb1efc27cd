package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The need's story, each partner on their own phone: Robin asks with the coach's help, Kai
 * listens and reflects, Robin confirms, Kai answers, Robin marks it met and says thank you.
 * Then a bid, turned toward.
 */
class NeedLoopBrowserTest extends BrowserTest {

    @Test
    void twoPartnersAskListenAnswerAndFollowThrough() {
        TestCouple couple = aCouple();
        Page robin = signedIn(couple.robin());
        Page kai = signedIn(couple.kai());

        robin.getByText("Ask Kai for what you need").click();
        robin.waitForURL("**/needs/new"); // and its load: the feeling chips work once need.js has run
        robin.locator("button[data-feeling='ignored'], button[data-feeling='lonely']").first().click();
        assertThat(robin.getByLabel("I feel")).hasValue("lonely");
        robin.getByLabel("because").fill("you never listen to me");
        robin.getByLabel("and I need").fill("you to stop looking at your phone at dinner");
        assertThat(robin.locator("#coach mark").first()).isVisible();
        assertThat(robin.locator("#coach")).containsText("Criticism");
        screenshot(robin, "01-robin-writes-and-the-coach-points-at-words");
        assertThat(fitsTheScreen(robin)).isTrue();
        assertThat(unlabelledFields(robin)).isZero();

        button(robin, "Use this wording").click();
        assertThat(robin.locator("#coach")).containsText("nothing to add");
        screenshot(robin, "02-robin-uses-the-coachs-wording");
        robin.getByLabel("Today").check();
        button(robin, "Send to Kai").click();
        assertThat(robin.locator("#waiting")).containsText("Waiting for Kai");

        kai.navigate("/");
        assertThat(kai.locator("#waiting-for-me")).containsText("Reflect on it");
        screenshot(kai, "03-kai-sees-a-need-waiting");
        assertThat(fitsTheScreen(kai)).isTrue();
        assertThat(unlabelledFields(kai)).isZero();
        kai.locator("#waiting-for-me a").first().click();
        kai.waitForURL("**/needs/*"); // and its load: the coach reads as Kai types once htmx has run
        kai.getByLabel("What I hear is…").fill("What I hear is that you always complain about dinner.");
        assertThat(kai.locator("#reflection-coach")).containsText("Criticism");
        screenshot(kai, "04a-the-coach-reviews-the-reflection");
        kai.getByLabel("What I hear is…").fill("You feel lonely at dinner and want us to talk, just the two of us.");
        assertThat(kai.locator("#reflection-coach")).containsText("nothing to add");
        screenshot(kai, "04-kai-reflects");
        button(kai, "Share what I hear").click();

        robin.reload();
        assertThat(robin.locator(".reflections")).containsText("just the two of us");
        screenshot(robin, "05-robin-reads-the-reflection");
        button(robin, "Yes, that's it").click();

        kai.reload();
        kai.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        kai.getByLabel("Your answer").fill("Whatever.");
        assertThat(kai.locator("#answer-coach")).containsText("Stonewalling");
        screenshot(kai, "06-the-coach-reads-kais-answer");
        assertThat(fitsTheScreen(kai)).isTrue();
        assertThat(unlabelledFields(kai)).isZero();
        kai.getByLabel("Your answer").fill("Yes. Phones in the drawer from tonight, and I'll ask about your day.");
        assertThat(kai.locator("#answer-coach")).containsText("nothing to add");
        button(kai, "Send my answer").click();
        assertThat(kai.locator("#answer-title")).containsText("Yes");

        robin.reload();
        assertThat(robin.locator("#answer-title")).containsText("Kai's answer: Yes");
        screenshot(robin, "07-robin-sees-the-answer");
        assertThat(fitsTheScreen(robin)).isTrue();
        button(robin, "Yes, it was met").click();
        robin.getByLabel("Your thank-you to Kai").fill("Thank you. Dinner felt like us again.");
        button(robin, "Send thank-you").click();

        kai.reload();
        assertThat(kai.locator("#met-title")).isVisible();
        assertThat(kai.getByText("Dinner felt like us again.")).isVisible();
        screenshot(kai, "08-kai-reads-the-thank-you");

        robin.navigate("/");
        robin.getByLabel("Or a quick bid").fill("Can we connect tonight?");
        button(robin, "Send bid").click();
        assertThat(robin.locator("#waiting-for-partner")).containsText("Can we connect tonight?");
        kai.navigate("/");
        kai.locator("#waiting-for-me").getByText("Can we connect tonight?").click();
        kai.getByLabel("A few words").fill("Yes! Tea on the balcony at nine?");
        button(kai, "Turn toward").click();
        assertThat(kai.locator("#bid-status")).containsText("turned toward it");
        screenshot(kai, "09-kai-turns-toward-a-bid");
        robin.navigate("/?status=met");
        assertThat(robin.locator("#history")).containsText("marked met");
        screenshot(robin, "10-robin-history-of-met-needs");
    }

    private static int unlabelledFields(Page page) {
        return ((Number) page.evaluate("""
                () => [...document.querySelectorAll('input, select, textarea')]
                  .filter(f => f.type !== 'hidden')
                  .filter(f => !(f.id && document.querySelector(`label[for="${f.id}"]`)) && !f.closest('label'))
                  .length""")).intValue();
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }
}
