package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The foundation's story: two partners, each on their own phone, sign up; one starts the
 * couple and reads the code out; the other joins with it; both see each other at home.
 */
class FormingACoupleBrowserTest extends BrowserTest {

    @Test
    void twoPartnersSignUpFormACoupleAndSeeEachOther() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page robin = aPhone();
        Page kai = aPhone();

        signUp(robin, "robin-" + run + "@example.org", "Robin");
        screenshot(robin, "01-robin-signed-up");
        robin.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Start our couple")).click();
        String code = robin.locator("#invite-code").textContent().strip();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        screenshot(robin, "02-robin-has-an-invite-code");

        signUp(kai, "kai-" + run + "@example.org", "Kai");
        kai.getByLabel("Invite code").fill(code.toLowerCase());
        screenshot(kai, "03-kai-types-the-code");
        kai.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Join my partner")).click();

        assertThat(kai.locator(".partners")).containsText("Robin");
        assertThat(kai.locator(".partners")).containsText("Kai");
        screenshot(kai, "04-kai-sees-our-bubble");
        robin.reload();
        assertThat(robin.locator(".partners")).containsText("Kai");
        screenshot(robin, "05-robin-sees-our-bubble");
    }

    @Test
    void theInviteLinkBringsANewPartnerThroughSignUpToJoining() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page robin = aPhone();
        signUp(robin, "robin-" + run + "@example.org", "Robin");
        robin.getByText("Start our couple").click();
        String link = robin.locator("#invite-link").getAttribute("href");

        Page kai = aPhone();
        kai.navigate(link);
        assertThat(kai).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
        kai.getByText("Create an account").last().click();
        fillSignUp(kai, "kai-" + run + "@example.org", "Kai");
        assertThat(kai.getByLabel("Invite code")).hasValue(link.substring(link.lastIndexOf('/') + 1));
        kai.getByText("Join my partner").last().click();

        assertThat(kai.locator(".partners")).containsText("Robin");
    }

    @Test
    void everyFieldHasAVisibleLabelAndPagesFitA360PixelScreen() {
        Page page = aPhone();
        for (String path : new String[] {"/", "/sign-in", "/sign-up"}) {
            page.navigate(path);
            assertThat(unlabelledFields(page)).as(path).isZero();
            assertThat(horizontalOverflow(page)).as(path).isFalse();
        }
        // The longest name allowed, without a space to break at, must not widen the page.
        signUp(page, "solo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "Solo" + "o".repeat(56));
        for (String path : new String[] {"/", "/account", "/join"}) {
            page.navigate(path);
            assertThat(unlabelledFields(page)).as(path).isZero();
            assertThat(horizontalOverflow(page)).as(path).isFalse();
        }
        screenshot(page, "06-home-at-360px");
    }

    @Test
    void aPartnerCanSignUpAndStartACoupleByKeyboardAlone() {
        Page page = aPhone();
        page.navigate("/sign-up");
        page.keyboard().press("Tab"); // skip link first: keyboard users can jump past the menu
        assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip");
        page.getByLabel("E-mail").focus();
        page.keyboard().type("keys-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        page.keyboard().press("Tab");
        page.keyboard().type("Keys");
        page.keyboard().press("Tab");
        page.keyboard().type("typed without a mouse");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Start our couple")).isVisible();

        tabUntilFocused(page, "Start our couple");
        page.keyboard().press("Enter");

        assertThat(page.locator("#invite-code")).isVisible();
        screenshot(page, "07-keyboard-only");
    }

    private void signUp(Page page, String email, String name) {
        page.navigate("/sign-up");
        fillSignUp(page, email, name);
    }

    private static void fillSignUp(Page page, String email, String name) {
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Password").fill("we are in this together");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create account")).click();
    }

    private static void tabUntilFocused(Page page, String text) {
        for (int i = 0; i < 30; i++) {
            page.keyboard().press("Tab");
            if (text.equals(page.evaluate("document.activeElement.textContent.trim()"))) {
                return;
            }
        }
        throw new AssertionError("could not reach '" + text + "' with the Tab key");
    }

    private static int unlabelledFields(Page page) {
        return ((Number) page.evaluate("""
                () => [...document.querySelectorAll('input, select, textarea')]
                  .filter(f => f.type !== 'hidden')
                  .filter(f => !(f.id && document.querySelector(`label[for="${f.id}"]`)) && !f.closest('label'))
                  .length""")).intValue();
    }

    private static boolean horizontalOverflow(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }
}
