package app.tandem.web;

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
}
