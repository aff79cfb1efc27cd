package app.tandem.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Real Chromium (Debian's, at /usr/bin/chromium) driven by Playwright against the running
 * app. Each partner gets their own browser context: separate cookies, like two phones.
 * Screenshots go to {@code target/screenshots/<test class>/<step>.png}.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("TANDEM_CHROMIUM", "/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Path screenshots;

    @BeforeEach
    void openBrowser(TestInfo test) {
        if (browser == null) {
            // A cold first page (Argon2id, a JIT that has not warmed) can take seconds on two cores.
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        screenshots = Path.of("target", "screenshots", getClass().getSimpleName());
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A partner's own browser, at phone width unless told otherwise. */
    protected Page aBrowser(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(api().base())
                .setViewportSize(width, height));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.newPage();
    }

    /** A browser that says it is another one (an iPhone's Safari, say), at this size. */
    protected Page aBrowserAs(String userAgent, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(api().base()).setUserAgent(userAgent).setViewportSize(width, height));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.newPage();
    }

    /** A partner's own browser in a time zone of its own: what Intl, and so the sign-up, report. */
    protected Page aBrowserIn(String timeZone, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(api().base())
                .setViewportSize(width, height)
                .setTimezoneId(timeZone));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.newPage();
    }

    /**
     * A partner's own browser that asks for pages in a language (Accept-Language and
     * navigator.language both say it: "de-DE", "ar-XB") and lives in a time zone.
     */
    protected Page aBrowserSpeaking(String locale, String timeZone, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(api().base())
                .setViewportSize(width, height)
                .setLocale(locale)
                .setTimezoneId(timeZone));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.newPage();
    }

    /**
     * Signs the partner in through the real form, in whatever language the page speaks (its fields
     * are found by id), and waits for our bubble.
     */
    protected Page signedIn(TestApi.TestPartner partner, Page page) {
        // Twice in full CI runs the bubble never came: keep every page answer, to say why next time.
        List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.Response> record = response -> {
            if (response.request().isNavigationRequest()) {
                answers.add(response.request().method() + " " + response.url() + " -> " + response.status()
                        + " " + java.util.Objects.toString(response.headers().get("location"), ""));
            }
        };
        page.onResponse(record);
        page.navigate("/sign-in");
        page.locator("#email").fill(partner.email());
        page.locator("#password").fill(partner.password());
        page.locator("form[action='/sign-in'] button[type=submit]").click();
        try {
            // Up to 30 s: the first sign-in of a run (a cold JIT on a shared machine) took over 10 s once.
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".partners")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        } catch (AssertionError e) {
            screenshot(page, "failed-sign-in-" + partner.id());
            throw new AssertionError("Signed in as " + partner.displayName() + " but did not reach our bubble; answers "
                    + answers + "; the page at " + page.url() + " says: " + page.locator("body").innerText(), e);
        } finally {
            page.offResponse(record);
        }
        return page;
    }

    /**
     * A browser with a profile on disk, at desktop size. Chromium treats the ordinary test contexts
     * as incognito, and an incognito window cannot install an app.
     */
    protected Page aBrowserWithAProfile() throws java.io.IOException {
        BrowserContext context = playwright.chromium().launchPersistentContext(
                java.nio.file.Files.createTempDirectory("tandem-profile"),
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                        .setBaseURL(api().base()).setViewportSize(1280, 800)
                        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
    }

    protected Page aPhone() {
        return aBrowser(360, 780);
    }

    /** A partner's phone, signed in through the real form, on our bubble. */
    protected Page signedIn(TestApi.TestPartner partner) {
        return signedIn(partner, aPhone());
    }

    /**
     * Waits until the page's event stream is open (live.js marks the body), so what the partner
     * does next is sure to reach this page; a fixed pause is not, on a loaded machine.
     */
    protected static void awaitLive(Page page) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("body[data-live=open]")).isAttached();
    }

    /** The button with exactly this accessible name. */
    protected static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected void screenshot(Page page, String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(step + ".png")).setFullPage(true));
    }
}
