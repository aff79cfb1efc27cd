package app.tandem.web;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a page takes a submitted form: run the action; when the input breaks a rule,
 * answer 400 with the same form drawn again, what was typed kept and every error beside its field.
 */
public final class Forms {

    /** The error key under which a page drawn again for a stale tab carries what changed meanwhile. */
    public static final String STALE = "stale";

    private Forms() {}

    /** {@code action} returns where to go next; {@code again} draws the form with these errors. */
    public static String submit(HttpServletResponse response, Supplier<String> action,
            Function<Map<String, String>, String> again) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again.apply(e.fieldErrors());
        }
    }

    /**
     * As above, and when the thing acted on moved on meanwhile (a second, stale tab), answer 409
     * with the page drawn again by {@code stale}, given what changed, so that what was typed is
     * kept and the partner is told why, instead of an error page that loses it.
     */
    public static String submit(HttpServletResponse response, Supplier<String> action,
            Function<Map<String, String>, String> again, Function<String, String> stale) {
        try {
            return submit(response, action, again);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return stale.apply(e.getMessage());
        }
    }
}
