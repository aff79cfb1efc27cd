package app.tandem.kernel;

import java.util.Map;

/**
 * The limits every text a partner writes shares: not empty where required, at most 2,000
 * characters, and only characters that can be stored and quoted back exactly. Control
 * characters other than tab, line feed and carriage return (U+0000 above all, which PostgreSQL
 * cannot store) and unpaired surrogates (half a character, which would be stored as "?") are
 * refused with a message that says so; nothing is silently removed or changed.
 */
public final class TextRules {

    public static final int MAX_LENGTH = 2000;

    private TextRules() {}

    /** Trims {@code value}; records a message for {@code field} in {@code errors} if it breaks a rule. */
    public static String check(Map<String, Phrase> errors, String field, Phrase what, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        Phrase problem = characterProblem(text);
        if (problem != null) {
            errors.put(field, Phrase.of("kernel.text.characters", what, problem));
        } else if (required && text.isEmpty()) {
            errors.put(field, Phrase.of("kernel.text.empty", what));
        } else if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            errors.put(field, Phrase.of("kernel.text.too-long", what, text.codePointCount(0, text.length()), MAX_LENGTH));
        }
        return text;
    }

    /**
     * Why {@code text} cannot be kept as it is ("contains …", said after the field's name), or null
     * when every character is fine. Tab, line feed and carriage return are fine; other control characters (C0, DEL, C1)
     * and unpaired surrogates are not.
     */
    public static Phrase characterProblem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return unpaired();
            }
            if (Character.isLowSurrogate(c)) {
                return unpaired();
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Phrase.of("kernel.text.control-character", String.format("U+%04X", (int) c));
            }
        }
        return null;
    }

    private static Phrase unpaired() {
        return Phrase.of("kernel.text.unpaired-surrogate");
    }

    /** Throws the collected messages, if any. */
    public static void throwIfAny(Map<String, Phrase> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
