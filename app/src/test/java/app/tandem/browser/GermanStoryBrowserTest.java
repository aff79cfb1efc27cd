package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The need's loop in German, the partners an ocean apart: Robin on a phone in Berlin, Kai at a
 * desk in New York, both reading Tandem in German. Robin asks for an evening walk at 20:00 her
 * time; Kai reads it as 14:00 his time, reflects, and says yes; both inboxes say so in German,
 * with German dates.
 */
class GermanStoryBrowserTest extends BrowserTest {

    /** "Fr., 15. Jan. 2027, 20:00": a German weekday and month, day before month, 24-hour clock. */
    private static final Pattern GERMAN_MOMENT = Pattern.compile("[A-Z][a-z]\\., \\d{1,2}\\. [A-ZÄÖÜ][a-zäöü]+\\.? \\d{4}, \\d{2}:\\d{2}");

    @Test
    void twoPartnersInTwoZonesWalkTheNeedLoopInGerman() {
        TestCouple couple = aCouple();
        api().put("/api/v1/me/time-zone", couple.robin().token(), Map.of("timeZone", "Europe/Berlin"));
        api().put("/api/v1/me/time-zone", couple.kai().token(), Map.of("timeZone", "America/New_York"));
        api().put("/api/v1/me/language", couple.kai().token(), Map.of("language", "de"));
        Page robin = signedIn(couple.robin(), aBrowserSpeaking("de-DE", "Europe/Berlin", 360, 780));
        Page kai = signedIn(couple.kai(), aBrowserSpeaking("de-DE", "America/New_York", 1280, 800));

        // Robin's browser asks for German; she makes it her own choice on the account page.
        robin.navigate("/account");
        assertThat(robin.locator("html")).hasAttribute("lang", "de");
        robin.locator("#language").selectOption("de");
        robin.locator("form[action='/account/language'] button").click();
        assertThat(robin.locator("#flash")).hasText("Deine Sprache ist geändert.");
        screenshot(robin, "01-robin-chooses-deutsch");

        robin.navigate("/");
        assertThat(robin.locator("header.top nav")).containsText("Unsere Blase");
        robin.getByText("Sag Kai, was du brauchst").click();
        robin.locator("button[data-feeling='einsam']").click();
        assertThat(robin.locator("#feeling")).hasValue("einsam");
        robin.locator("#because").fill("wir seit Tagen kaum miteinander reden");
        robin.locator("#need").fill("dass wir heute Abend eine halbe Stunde spazieren gehen");
        assertThat(robin.locator("#coach-english-only")).hasText(
                "Der Coach liest bisher nur Englisch: Was du auf Deutsch schreibst, bekommt noch keine Hinweise von ihm.");
        robin.locator("#when-at").check();
        robin.locator("#whenAt").fill("2027-01-15T20:00");
        assertThat(robin.getByText("Datum und Uhrzeit (Ortszeit Berlin)")).isVisible();
        screenshot(robin, "02-robin-asks-in-german");
        assertThat(fitsTheScreen(robin)).isTrue();
        button(robin, "An Kai senden").click();
        assertThat(robin.locator("#flash")).containsText("Deine Bitte ist gesendet.");
        assertThat(robin.locator("#waiting")).hasText("Wartet auf Kai.");
        assertThat(robin.locator(".need-text")).containsText("(Fr., 15. Jan. 2027, 20:00 Ortszeit Berlin)");
        screenshot(robin, "03-robin-sees-her-need-at-her-time");

        kai.navigate("/");
        assertThat(kai.locator("#waiting-for-me")).containsText("Spiegle es");
        screenshot(kai, "04-kai-sees-a-need-waiting");
        kai.locator("#waiting-for-me a").first().click();
        assertThat(kai.locator("h1")).hasText("Das Bedürfnis von Robin");
        assertThat(kai.locator(".need-text")).containsText("Ich fühle mich einsam, weil wir seit Tagen kaum miteinander reden");
        assertThat(kai.locator(".need-text")).containsText("(Fr., 15. Jan. 2027, 14:00 Ortszeit New York)");
        kai.locator("#reflection").fill("Du fühlst dich einsam und möchtest heute Abend mit mir spazieren gehen.");
        screenshot(kai, "05-kai-reflects-at-his-time");
        button(kai, "Teilen, was ich höre").click();
        assertThat(kai.locator("#flash")).hasText("Was du gehört hast, ist geteilt.");

        robin.reload();
        assertThat(robin.locator(".reflections")).containsText("spazieren gehen");
        button(robin, "Ja, genau").click();
        assertThat(robin.locator("#flash")).hasText("Du hast bestätigt, dass du gehört wurdest.");

        kai.reload();
        kai.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)).check();
        kai.locator("#answer-text").fill("Ja, gern. Ich hole dich um acht ab.");
        button(kai, "Meine Antwort senden").click();
        assertThat(kai.locator("#answer-title")).hasText("Deine Antwort: Ja");
        screenshot(kai, "06-kai-answers-yes");

        robin.reload();
        assertThat(robin.locator("#answer-title")).hasText("Antwort von Kai: Ja");
        screenshot(robin, "07-robin-reads-the-answer");

        Locator robinsInbox = inbox(robin, "Kai hat auf dein Bedürfnis geantwortet");
        assertThat(robinsInbox.locator("time").first()).hasText(GERMAN_MOMENT);
        assertThat(robin.locator("html")).hasAttribute("lang", "de");
        screenshot(robin, "08-robins-inbox-in-german");
        assertThat(fitsTheScreen(robin)).isTrue();
        Locator kaisInbox = inbox(kai, "Robin bittet dich um etwas, das er oder sie braucht");
        assertThat(kaisInbox.locator("time").first()).hasText(GERMAN_MOMENT);
        screenshot(kai, "09-kais-inbox-in-german");
    }

    /**
     * Every page of the shared load, practice and plans in German on a phone: no English line
     * left (the words partners wrote are German here), nothing wider than the screen.
     */
    @Test
    void theLoadPracticeAndPlansSpeakGermanOnAPhone() {
        TestCouple couple = aCouple();
        api().put("/api/v1/me/language", couple.robin().token(), Map.of("language", "de"));
        couple.withLoadItem("Abendessen kochen", 45, app.tandem.load.Owner.A, app.tandem.load.Owner.A,
                app.tandem.load.Owner.SHARED);
        long plan = api().post("/api/v1/plans", couple.robin().token(), Map.of("kind", "family_gathering",
                "title", "Omas Geburtstag", "startsAt", "2027-01-16T15:00")).body().get("id").asLong();
        Page robin = signedIn(couple.robin(), aBrowserSpeaking("de-DE", "Europe/Berlin", 360, 780));

        String[][] pages = {
            {"/load", "10-load"}, {"/load/balance", "11-balance"}, {"/load/catalogue", "12-catalogue"},
            {"/load/items/new", "13-new-item"}, {"/practice", "14-practice"}, {"/check-ins", "15-check-in"},
            {"/appreciations", "16-appreciations"}, {"/brings", "17-brings"}, {"/practice/reassurance", "18-reassurance"},
            {"/state-of-us", "19-state-of-us"}, {"/plans", "20-plans"}, {"/plans/" + plan, "21-plan"},
            {"/plans/know-me", "22-know-me"}, {"/plans/calendar", "23-calendar"}};
        for (String[] visit : pages) {
            robin.navigate(visit[0]);
            assertThat(robin.locator("html")).hasAttribute("lang", "de");
            screenshot(robin, visit[1]);
            String text = (String) robin.evaluate("document.querySelector('main').innerText");
            assertThat(ENGLISH.matcher(text).find()).as("English on %s: %s", visit[0], text).isFalse();
            assertThat(fitsTheScreen(robin)).as("%s fits a 360px phone", visit[0]).isTrue();
        }
    }

    /** Words no German sentence has; a page in German shows none of them. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|your|you|and|with|what|this)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The inbox once it lists the entry: deliveries to the inbox are written after the action commits. */
    private static Locator inbox(Page page, String entry) {
        for (int i = 0; i < 20; i++) {
            page.navigate("/inbox");
            if (page.locator("#inbox-entries").getByText(entry).count() > 0) {
                break;
            }
            page.waitForTimeout(250);
        }
        assertThat(page.locator("#inbox-entries")).containsText(entry);
        return page.locator("#inbox-entries");
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }
}
