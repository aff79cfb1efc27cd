package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.practice.CheckInStatements;
import app.tandem.practice.Statement;
import app.tandem.support.BrowserTest;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/**
 * Story: Robin, who tends to go it alone, takes the check-in, chooses small asks and sends two
 * from the library, and sees a quiet count. Kai, who tends to lose themselves in us, plans an
 * evening of their own. They exchange appreciations and hold a state of us, each on their own
 * phone at once: one issue goes through speaker and listener turns, each page following the
 * other live.
 */
class PracticeStoryBrowserTest extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(3_000);

    @Test
    void aWeekOfPracticeAndAStateOfUsOnTwoScreens() {
        TestCouple couple = aCouple();
        Page robin = signedIn(couple.robin());
        Page kai = signedIn(couple.kai());

        checkIn(robin, 5, 1);
        assertThat(robin.locator("#leaning")).containsText("going it alone");
        assertThat(robin.locator("#result-title").locator("..")).containsText("not a diagnosis");
        assertThat(robin.locator("#suggested")).containsText("Small asks");
        screenshot(robin, "01-robin-leans-toward-going-it-alone");

        robin.navigate("/practice");
        robin.getByLabel("Small asks a week").fill("2");
        button(robin, "Keep these").click();
        robin.locator(".small-asks li", new Page.LocatorOptions().setHasText("Pick the film tonight."))
                .getByText("Ask as a bid").click();
        robin.locator(".small-asks li", new Page.LocatorOptions().setHasText("Sit with me while I call the bank."))
                .getByText("Ask as a need").click();
        assertThat(robin.locator("#small-asks-count")).containsText("2 small asks this week, of the 2 you chose.");
        assertThat(robin.locator("#weeks-practised")).containsText("You have practised in 1 week");
        screenshot(robin, "02-robin-sent-two-small-asks-quietly-counted");

        checkIn(kai, 1, 5);
        assertThat(kai.locator("#leaning")).containsText("losing yourself in us");
        kai.navigate("/practice");
        kai.locator("#life-of-my-own").check();
        button(kai, "Keep these").click();
        kai.getByLabel("Something I will do for myself").fill("An evening at the climbing wall with Sam");
        button(kai, "Plan it").click();
        assertThat(kai.locator("#own-plans")).containsText("An evening at the climbing wall with Sam");
        button(kai, "Mark done").click();
        assertThat(kai.locator("#own-plans")).containsText("done");
        assertThat(kai.locator("body")).not().containsText("going it alone");
        screenshot(kai, "03-kai-planned-an-evening-of-their-own");

        robin.navigate("/appreciations");
        robin.getByLabel("Thank you for…").fill("Thank you for letting me pick nothing and still helping.");
        button(robin, "Send").click();
        kai.navigate("/appreciations");
        assertThat(kai.locator("#appreciations")).containsText("letting me pick nothing");
        kai.getByLabel("Thank you for…").fill("Thank you for asking me to sit with you at the bank.");
        button(kai, "Send").click();
        screenshot(kai, "04-kai-rereads-and-sends-an-appreciation");

        robin.navigate("/state-of-us");
        button(robin, "Plan it").click();
        robin.waitForLoadState(); // the meeting's page, with htmx, before the coach is asked to read
        String meeting = robin.url().replaceFirst("^https?://[^/]+", "");
        kai.navigate(meeting);
        assertThat(kai.locator("#sou-appreciations")).containsText("sit with you at the bank");
        assertThat(kai.locator("#sou-went-well")).containsText("");
        awaitLive(kai);

        robin.getByLabel("I feel … because … and I need …").fill("You never plan anything for Sundays.");
        assertThat(robin.locator("#sou-coach mark")).containsText("never", SOON);
        screenshot(robin, "05a-the-coach-reads-robins-turn-as-he-writes");
        robin.getByLabel("I feel … because … and I need …").fill("I feel tense because Sunday evenings get busy, "
                + "and I need us to plan the week together on Saturday.");
        button(robin, "Take my turn").click();
        assertThat(kai.locator("#sou-turns")).containsText("Sunday evenings get busy", SOON);
        assertThat(kai.locator("#sou-turn-words")).containsText("Your turn to listen", SOON);
        assertThat(robin.locator("#sou-turn-words")).containsText("Kai is reflecting");
        screenshot(kai, "05-kai-sees-robins-turn-arrive");

        kai.getByLabel("What I hear is…").fill("What I hear is that Sundays feel tense and you'd like us to plan the "
                + "week on Saturday.");
        button(kai, "Take my turn").click();
        assertThat(robin.locator("#sou-turns")).containsText("plan the week on Saturday", SOON);
        assertThat(robin.locator("#sou-turn-words")).containsText("Your turn to speak", SOON);
        screenshot(robin, "06-robin-sees-kais-reflection-arrive");

        robin.getByLabel("I feel", new Page.GetByLabelOptions().setExact(true)).fill("hopeful");
        robin.getByLabel("because", new Page.GetByLabelOptions().setExact(true)).fill("we talked it through");
        robin.getByLabel("and I need", new Page.GetByLabelOptions().setExact(true)).fill("a Saturday walk to plan the week");
        button(robin, "Send as a need").click();
        kai.navigate("/");
        assertThat(kai.locator("#main")).containsText("a Saturday walk to plan the week");
        screenshot(kai, "07-kai-has-robins-need-for-next-week");
    }

    /** Answers every going-it-alone statement {@code alone} and every other {@code fused}. */
    private void checkIn(Page page, int alone, int fused) {
        page.navigate("/check-ins");
        for (Statement s : CheckInStatements.ALL) {
            int value = s.pole() < 0 ? alone : fused;
            page.locator("input[name='answers[" + (s.number() - 1) + "]'][value='" + value + "']").check();
        }
        button(page, "See where I lean").click();
    }
}
