package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's story: Robin and Kai pick their load from the catalogue, Robin logs last week,
 * sees the balance tilt past what they agreed and the going-it-alone prompt (whose need opens
 * the composer prefilled), and hands an item over; Kai says yes, and the item is Kai's.
 */
class SharingTheLoadBrowserTest extends BrowserTest {

    @Test
    void aCouplePicksItemsLogsAWeekSeesTheBalanceAndTheAlertAndHandsAnItemOver() {
        TestCouple couple = aCouple();
        TestPartner robin = couple.robin();
        TestPartner kai = couple.kai();
        Page robinsPhone = signedIn(robin);

        robinsPhone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Our load")).click();
        robinsPhone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pick from the catalogue")).first().click();
        robinsPhone.getByLabel("Laundry").check();
        robinsPhone.locator("#owner-laundry").selectOption("A");
        robinsPhone.getByLabel("Cook dinner").check();
        robinsPhone.locator("#owner-cook-dinner").selectOption("A");
        robinsPhone.getByLabel("Bins and recycling out").check();
        robinsPhone.locator("#owner-bins").selectOption("B");
        screenshot(robinsPhone, "01-robin-picks-from-the-catalogue");
        robinsPhone.getByText("Add the ticked items").click();
        assertThat(robinsPhone.locator(".load-item")).hasCount(3);
        screenshot(robinsPhone, "02-our-load");

        // The two weeks before last were logged as they happened (through the API, to keep the story short).
        for (int week = 3; week >= 2; week--) {
            logThroughApi(robin, "laundry", "A", mondayWeeksAgo(week).plusDays(1));
            logThroughApi(robin, "cook-dinner", "A", mondayWeeksAgo(week).plusDays(2));
            logThroughApi(kai, "bins", "B", mondayWeeksAgo(week).plusDays(3));
        }
        // Last week, Robin logs it all on the phone, back-dated.
        logEarlier(robinsPhone, "Laundry", mondayWeeksAgo(1).plusDays(1), "A");
        logEarlier(robinsPhone, "Cook dinner", mondayWeeksAgo(1).plusDays(2), "A");
        logEarlier(robinsPhone, "Bins and recycling out", mondayWeeksAgo(1).plusDays(3), "B");
        // And one tap for today.
        item(robinsPhone, "Laundry").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done: Laundry")).click();
        assertThat(robinsPhone.locator(".load-logged")).containsText("Logged Laundry");
        screenshot(robinsPhone, "03-robin-logged-the-week");

        robinsPhone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See our balance")).click();
        assertThat(robinsPhone.locator("svg.chart")).isVisible();
        assertThat(robinsPhone.locator(".shares")).containsText("Robin: 100% of this week's load");
        Locator alert = robinsPhone.locator(".going-it-alone");
        assertThat(alert).containsText("For 3 weeks in a row");
        assertThat(alert.locator(".prefilled-need")).containsText("I feel ___ because I've been carrying about 90% of our load");
        String ask = alert.getByText("Ask Kai for help").getAttribute("href");
        assertThat(ask).startsWith("/needs/new?");
        assertThat(URLDecoder.decode(ask, StandardCharsets.UTF_8)).contains("need=you to take over the noticing, planning "
                + "and doing of \u201cLaundry\u201d, starting this week.");
        screenshot(robinsPhone, "04-robin-sees-the-balance-and-the-prompt");

        alert.getByText("Ask Kai for help").click();
        assertThat(robinsPhone.locator("#feeling")).hasValue("");
        assertThat(robinsPhone.locator("#because")).hasValue(java.util.regex.Pattern.compile(
                "^I've been carrying about 90% of our load for 3 weeks in a row, where an even split would be 50%.*"));
        assertThat(robinsPhone.locator("#need")).hasValue(
                "you to take over the noticing, planning and doing of \u201cLaundry\u201d, starting this week.");
        screenshot(robinsPhone, "04b-the-needs-composer-prefilled");
        robinsPhone.goBack();

        alert.getByText("Offer Kai the noticing, planning and doing of \u201cLaundry\u201d").click();
        assertThat(robinsPhone.locator(".handover")).containsText("Waiting for their answer");
        screenshot(robinsPhone, "05-robin-offers-the-laundry");

        Page kaisPhone = signedIn(kai);
        kaisPhone.navigate("/load/balance");
        assertThat(kaisPhone.locator(".going-it-alone")).hasCount(0);
        assertThat(kaisPhone.locator(".handover")).containsText("Robin asks you to take over the noticing, planning and doing");
        screenshot(kaisPhone, "06-kai-is-asked");
        kaisPhone.getByText("Yes, I'll take it on").click();
        assertThat(kaisPhone.locator(".handover")).hasCount(0);

        kaisPhone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Our load")).first().click();
        Locator laundry = item(kaisPhone, "Laundry");
        assertThat(laundry).containsText("Noticing: Kai");
        assertThat(laundry).containsText("Planning: Kai");
        assertThat(laundry).containsText("Doing: Kai");
        assertThat(item(kaisPhone, "Cook dinner")).containsText("Doing: Robin");
        screenshot(kaisPhone, "07-the-laundry-is-kais");
    }

    @Test
    void theLoadPagesHaveLabelledFieldsAndFitA360PixelScreen() {
        TestCouple couple = aCouple();
        api().post("/api/v1/load/items/picks", couple.robin().token(),
                Map.of("picks", java.util.List.of(Map.of("key", "laundry", "owner", "shared"))));
        long id = api().get("/api/v1/load/items", couple.robin().token()).body().get(0).get("id").asLong();
        api().post("/api/v1/load/items/" + id + "/done", couple.robin().token(), "");
        Page page = signedIn(couple.robin());
        for (String path : new String[] {"/load", "/load/catalogue", "/load/balance", "/load/items/" + id,
                "/load/items/new"}) {
            page.navigate(path);
            assertThat(unlabelledFields(page)).as(path).isZero();
            assertThat(horizontalOverflow(page)).as(path).isFalse();
        }
        page.navigate("/load/balance");
        screenshot(page, "08-balance-at-360px");
    }

    private static Locator item(Page page, String title) {
        return page.locator(".load-item").filter(new Locator.FilterOptions().setHasText(title));
    }

    private static void logEarlier(Page page, String title, LocalDate day, String doneBy) {
        Locator item = item(page, title);
        item.locator("summary").click();
        item.getByLabel("Day").fill(day.toString());
        item.getByLabel("Who did it").selectOption(doneBy);
        item.getByText("Log it").click();
        assertThat(page.locator(".load-logged")).containsText("Logged " + title);
    }

    private void logThroughApi(TestPartner who, String catalogueKey, String doneBy, LocalDate day) {
        long id = -1;
        for (var item : api().get("/api/v1/load/items", who.token()).body()) {
            if (catalogueKey.equals(item.path("catalogueKey").asString(""))) {
                id = item.get("id").asLong();
            }
        }
        var done = api().post("/api/v1/load/items/" + id + "/done", who.token(),
                Map.of("doneBy", doneBy, "doneAt", day.atTime(12, 0).toInstant(ZoneOffset.UTC).toString()));
        assertThat(done.status()).isEqualTo(201);
    }

    private LocalDate mondayWeeksAgo(int weeks) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(weeks);
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
