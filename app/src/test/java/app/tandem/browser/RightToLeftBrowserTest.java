package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.BrowserTest;
import app.tandem.support.TestCouple;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A right-to-left language mirrors the layout: checked with the pseudo-locale ar-XB (every
 * English message embedded right-to-left), on a 360px phone, where an overflow would show.
 */
class RightToLeftBrowserTest extends BrowserTest {

    @Test
    void aRightToLeftReaderSeesEveryPageMirrored() {
        TestCouple couple = aCouple();
        Page robin = signedIn(couple.robin(), aBrowserSpeaking("ar-XB", "Asia/Dubai", 360, 780));

        for (String path : new String[] {"/", "/needs/new", "/account", "/inbox"}) {
            robin.navigate(path);
            assertThat(robin.locator("html")).hasAttribute("dir", "rtl");
            String step = path.equals("/") ? "home" : path.substring(1).replace('/', '-');
            screenshot(robin, "rtl-" + step);
            assertThat(noHorizontalOverflow(robin)).as("no sideways scrolling on %s", path).isTrue();
            // The nav starts at the right: the brand, first in it, sits on the right-hand side.
            double brandLeft = (Double) robin.evaluate("document.querySelector('.brand').getBoundingClientRect().left * 1.0");
            assertThat(brandLeft).as("the brand on %s", path).isGreaterThan(180.0);
            // The page's heading is written from the right edge of its box.
            assertThat(textSlack(robin, "main h1")).as("space on the left and right of the heading on %s", path)
                    .satisfies(s -> assertThat(s[1]).isLessThan(2.0));
        }
    }

    /** [space left of the heading's text, space right of it] inside its own box, in pixels. */
    private static double[] textSlack(Page page, String selector) {
        @SuppressWarnings("unchecked")
        var slack = (java.util.List<Number>) page.evaluate("""
                (sel) => { const h = document.querySelector(sel); const r = document.createRange();
                  r.selectNodeContents(h); const t = r.getBoundingClientRect(), c = h.getBoundingClientRect();
                  return [t.left - c.left, c.right - t.right]; }""", selector);
        return new double[] {slack.get(0).doubleValue(), slack.get(1).doubleValue()};
    }

    private static boolean noHorizontalOverflow(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }
}
