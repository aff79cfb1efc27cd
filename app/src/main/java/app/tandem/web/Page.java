package app.tandem.web;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import app.tandem.kernel.LocalTimes;
import java.util.regex.Pattern;

/**
 * What every page's layout needs: who is signed in (null when nobody is), the CSRF token that
 * every form and every htmx request carries, how many notifications wait unread, and whether
 * the page follows the couple's changes live ({@code path} is where it refreshes from), the
 * confirmation of the action that led here, and whether the partner is in a couple (the
 * couple's pages are offered only then).
 */
public record Page(String partnerName, String csrfParameter, String csrfToken, String csrfHeader,
        IntSupplier unreadCount, String path, Optional<Flash> flash, BooleanSupplier coupled,
        Supplier<LocalTimes> localTimes) {

    /** Home, a thread's page, a state of us, a plan and the inbox redraw themselves when the couple's data changes. */
    private static final Pattern LIVE = Pattern.compile("/|/inbox|/(needs|bids|hurts|state-of-us|plans)/\\d+");

    public boolean signedIn() {
        return partnerName != null;
    }

    public boolean live() {
        return signedIn() && path != null && LIVE.matcher(path).matches();
    }

    /** Asked only when a layout is drawn: a redirect or an htmx fragment costs no count. */
    public int unread() {
        return unreadCount.getAsInt();
    }

    /** Asked only when a layout is drawn, like the unread count. */
    public boolean inCouple() {
        return signedIn() && coupled.getAsBoolean();
    }

    Page withUnread(IntSupplier count) {
        return new Page(partnerName, csrfParameter, csrfToken, csrfHeader, count, path, flash, coupled, localTimes);
    }

    Page withCouple(BooleanSupplier inCouple) {
        return new Page(partnerName, csrfParameter, csrfToken, csrfHeader, unreadCount, path, flash, inCouple,
                localTimes);
    }

    Page withTimes(Supplier<LocalTimes> times) {
        return new Page(partnerName, csrfParameter, csrfToken, csrfHeader, unreadCount, path, flash, coupled, times);
    }

    /** The page's words in the reader's language (see {@link Text}). */
    public Text text() {
        return Text.current();
    }

    /** A message from the catalogue, with its arguments: {@code ${page.t("need.compose.title", name)}}. */
    public String t(String key, Object... args) {
        return text().t(key, args);
    }

    /** Every time on the page, in the signed-in partner's zone (UTC for nobody signed in). */
    public LocalTimes times() {
        return localTimes.get();
    }
}
