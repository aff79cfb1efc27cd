package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Either partner can take their data and go: Robin downloads everything, then deletes the
 * account from the account page; Kai, on another phone, is told on the next visit.
 */
class LeavingForGoodBrowserTest extends BrowserTest {

    @Test
    void aPartnerDownloadsTheirDataThenDeletesTheirAccountAndTheOtherIsTold() throws Exception {
        TestCouple couple = aCouple();
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Picnic on Sunday?"));
        Page robin = signedIn(couple.robin());
        Page kai = signedIn(couple.kai());

        robin.navigate("/account");
        screenshot(robin, "40-robin-account-page");
        Download download = robin.waitForDownload(() -> robin.getByText("Download my data").first().click());
        assertThat(download.suggestedFilename()).startsWith("tandem-export-").endsWith(".json");
        assertThat(Files.readString(download.path())).contains("Picnic on Sunday?");

        robin.getByText("Delete my account…").click();
        robin.getByLabel("Your password, to confirm").fill("not it");
        button(robin, "Delete my account").click();
        assertThat(robin.getByText("That is not your current password.")).isVisible();
        robin.getByLabel("Your password, to confirm").fill(couple.robin().password());
        screenshot(robin, "41-robin-confirms-deletion");
        button(robin, "Delete my account").click();

        assertThat(robin.getByText("Your account is deleted")).isVisible();
        screenshot(robin, "42-robin-account-deleted");
        kai.reload();
        assertThat(kai.getByText("Your partner left the couple")).isVisible();
        screenshot(kai, "43-kai-is-told");
    }
}
