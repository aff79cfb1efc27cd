package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The agreement and repair story, each partner on their own phone: Robin and Kai sign their
 * agreement; Robin bids "Can we connect tonight?"; Kai answers "Yeah, but I'm dying to watch
 * the finale"; Robin names the hurt and invokes the agreement; Kai repairs ("I'm sorry, the
 * show can wait"); Robin accepts the repair.
 */
class RepairStoryBrowserTest extends BrowserTest {

    static final String CARE = "When you reach for me, even in small ways, I will turn toward you as often as I can.";

    @Test
    void aBidTurnedAwayIsNamedAsAHurtAndRepaired() {
        TestCouple couple = aCouple();
        Page robin = signedIn(couple.robin());
        Page kai = signedIn(couple.kai());

        robin.navigate("/agreement");
        robin.getByText("Write our agreement").click();
        robin.getByLabel("Our why").fill("We chose each other, and we want to keep choosing each other.");
        robin.getByLabel("We commit to").fill("We ask for what we need plainly.");
        robin.getByLabel(CARE).check();
        screenshot(robin, "01-robin-writes-our-agreement");
        button(robin, "Propose and sign").click();
        kai.navigate("/agreement");
        button(kai, "Sign version 1").click();
        assertThat(kai.locator(".commitments")).containsText(CARE);
        screenshot(kai, "02-kai-signed-our-agreement");

        robin.navigate("/");
        robin.getByLabel("Or a quick bid").fill("Can we connect tonight?");
        button(robin, "Send bid").click();

        kai.navigate("/");
        kai.getByText("Robin's bid: “Can we connect tonight?”").click();
        kai.waitForURL("**/bids/*"); // and its load: the coach reads as Kai types once htmx has run
        kai.getByLabel("A few words").fill("Yeah, but I'm dying to watch the finale");
        assertThat(kai.locator("#bid-coach")).containsText("Dismissal");
        screenshot(kai, "03-the-coach-notices-yeah-but");
        button(kai, "Not now").click();

        robin.navigate("/");
        assertThat(robin.locator("#answered-bids")).containsText("Kai: turned away");
        robin.locator("#answered-bids").getByText("Your bid: “Can we connect tonight?”").click();
        assertThat(robin.locator("#bid-status")).containsText("dying to watch the finale");
        robin.locator("#name-hurt").click();
        robin.getByLabel("What happened").fill("I asked if we could connect tonight, and you said you wanted to watch "
                + "the finale.");
        robin.getByLabel("How I felt").fill("lonely, and a bit silly for asking");
        robin.getByLabel("Invoke our agreement").selectOption(new SelectOption().setLabel(CARE));
        screenshot(robin, "04-robin-names-the-hurt");
        button(robin, "Tell my partner").click();
        assertThat(robin.locator("#hurt-message")).containsText("That hurt.");
        assertThat(robin.locator("#hurt-message")).containsText("I'm telling you I need your care.");

        kai.navigate("/");
        kai.locator("#repair-board").getByText("Robin named a hurt").click();
        assertThat(kai.locator("#hurt-message")).containsText("We agreed");
        kai.getByLabel("I see that…").fill("You reached for me and I put a TV show first.");
        kai.getByLabel("I'm sorry…").fill("I'm sorry, the show can wait.");
        kai.getByLabel("What I will do").fill("Let's sit together now; I'll watch the finale another day.");
        screenshot(kai, "05-kai-repairs");
        button(kai, "Send my repair").click();
        assertThat(kai.locator("#hurt-status")).containsText("waiting for Robin's answer");

        robin.navigate("/");
        robin.locator("#repair-board").getByText("Kai made a repair for your hurt").click();
        button(robin, "Accept the repair").click();
        assertThat(robin.locator("#hurt-status")).containsText("Repaired: you found your way back to each other within the hour");
        screenshot(robin, "06-robin-accepts-the-repair");

        kai.navigate("/");
        assertThat(kai.locator("#repair-board")).containsText("Repaired");
        screenshot(kai, "07-kai-sees-it-repaired");
    }
}
