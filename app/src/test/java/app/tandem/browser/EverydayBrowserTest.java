package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Everyday use, two partners in two time zones: Maya on a phone in Berlin, Theo on a desktop in
 * New York. Each signs up (the browser tells the zone), forms the couple, and the seed's own
 * recurring ask goes round: "cook or order in dinner one night a week" → yes → a load item Theo
 * carries → Maya's weekly follow-through. Every time on the way is each one's own.
 */
class EverydayBrowserTest extends BrowserTest {

    @Test
    void aRecurringAskBetweenBerlinAndNewYork() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page maya = aBrowserIn("Europe/Berlin", 360, 780);
        Page theo = aBrowserIn("America/New_York", 1280, 800);

        signUp(maya, "maya-" + run + "@example.org", "Maya");
        assertThat(maya.locator("nav[aria-label='Main']")).not().containsText("Our load");
        maya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start our couple")).click();
        assertThat(maya.locator("#flash")).containsText("Your couple is started");
        assertThat(maya.locator("main")).containsText("Berlin time");
        screenshot(maya, "01-maya-berlin-invite-expires-in-berlin-time");
        String code = maya.locator("#invite-code").textContent().strip();

        signUp(theo, "theo-" + run + "@example.org", "Theo");
        theo.getByLabel("Invite code").fill(code);
        theo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join my partner")).click();
        assertThat(theo.locator("#flash")).containsText("You joined");
        assertThat(theo.locator("#flash")).hasAttribute("role", "status");
        screenshot(theo, "02-theo-new-york-joined");
        theo.navigate("/account");
        assertThat(theo.locator("main")).containsText("America/New_York");

        maya.navigate("/needs/new");
        maya.getByLabel("I feel").fill("worn out");
        maya.getByLabel("because").fill("every evening ends with me in the kitchen");
        maya.getByLabel("and I need").fill("you to cook or order in dinner one night a week");
        maya.locator("#repeats-weekly").check();
        maya.locator("#when-at").check();
        assertThat(maya.locator("label[for='whenAt']")).containsText("Berlin time");
        maya.locator("#whenAt").fill("2026-12-04T19:00");
        screenshot(maya, "03-maya-asks-every-week-from-friday-19-berlin");
        button(maya, "Send to Theo").click();
        assertThat(maya.locator("#flash")).containsText("Your need is sent");
        assertThat(maya.locator(".need-text")).containsText("every week (Fri 4 Dec 2026, 19:00 Berlin time)");
        String needPath = maya.url().substring(maya.url().indexOf("/needs/")).replace("?sent", "");

        theo.navigate(needPath);
        assertThat(theo.locator(".need-text")).containsText("(Fri 4 Dec 2026, 13:00 New York time)");
        screenshot(theo, "04-theo-reads-it-in-new-york-time");
        theo.getByLabel("What I hear is…").fill("You'd like me to take one dinner a week off your hands.");
        button(theo, "Share what I hear").click();
        assertThat(theo.locator("#flash")).containsText("What you heard is shared");

        maya.reload();
        button(maya, "Yes, that's it").click();
        theo.reload();
        theo.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        theo.getByLabel("Your answer").fill("Yes: Fridays are mine.");
        button(theo, "Send my answer").click();
        assertThat(theo.locator("#flash")).containsText("Your answer is sent");

        theo.navigate("/load");
        assertThat(theo.locator("main")).containsText("Cook or order in dinner one night a week");
        screenshot(theo, "05-theo-carries-it-as-load");

        maya.navigate(needPath);
        assertThat(maya.locator("#occurrences")).containsText("Did it happen this week?");
        screenshot(maya, "06-maya-is-asked-about-the-first-week");
        button(maya, "Yes, it happened").click();
        assertThat(maya.locator("#flash")).containsText("Marked");
        assertThat(maya.locator("#occurrences")).containsText("Time 2 of the first 4");
        screenshot(maya, "07-maya-marked-week-one");

        theo.navigate("/inbox");
        assertThat(theo.locator("main")).containsText("Maya marked your answer met");
        assertThat(theo.locator("main")).not().containsText("UTC");
        screenshot(theo, "08-theo-inbox-in-new-york-time");
        assertThat(maya.content()).doesNotContain("UTC");
    }

    private static void signUp(Page page, String email, String name) {
        page.navigate("/sign-up");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Password").fill("we are in this together");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("nav[aria-label='Main']")).containsText(name);
    }
}
