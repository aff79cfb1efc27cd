package app.tandem.couple;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Invite codes a person can read aloud or type on a phone: eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown as {@code K7QM-2XPD}. About
 * 6.6 x 10^11 codes; wrong guesses are throttled, so guessing one is hopeless.
 */
final class InviteCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCode() {}

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, as stored: upper case, without dashes or spaces; O read as 0 etc. is not guessed. */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder code = new StringBuilder(LENGTH);
        typed.toUpperCase(Locale.ROOT).codePoints()
                .filter(c -> c != '-' && c != ' ' && c != '\u00a0')
                .limit(64)
                .forEach(code::appendCodePoint);
        return code.toString();
    }

    static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }
}
