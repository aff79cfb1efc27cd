package app.tandem.kernel;

import java.util.Map;

/** The limits every text a partner writes shares: not empty where required, at most 2,000 characters. */
public final class TextRules {

    public static final int MAX_LENGTH = 2000;

    private TextRules() {}

    /** Trims {@code value}; records a message for {@code field} in {@code errors} if it breaks a rule. */
    public static String check(Map<String, String> errors, String field, String what, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            errors.put(field, what + " is empty. Write a few words.");
        } else if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            errors.put(field, what + " is " + text.codePointCount(0, text.length()) + " characters long; keep it to "
                    + MAX_LENGTH + ".");
        }
        return text;
    }

    /** Throws the collected messages, if any. */
    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
