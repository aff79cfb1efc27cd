package app.tandem.partner;

import app.tandem.kernel.Phrase;
import app.tandem.kernel.ResourceLines;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough to resist guessing, short enough to hash
 * cheaply, and not one of the passwords that attackers try first.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load("partner/common-passwords.txt");
    }

    /** Why the password is refused, or empty when it is fine. */
    Optional<Phrase> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Phrase.of("partner.error.password.missing"));
        }
        if (password.isBlank()) {
            return Optional.of(Phrase.of("partner.error.password.spaces"));
        }
        if (app.tandem.kernel.TextRules.characterProblem(password) != null) {
            return Optional.of(Phrase.of("partner.error.password.characters"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Phrase.of("partner.error.password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Phrase.of("partner.error.password.too-long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || (email != null && lower.equals(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of(Phrase.of("partner.error.password.common"));
        }
        return Optional.empty();
    }

    private static Set<String> load(String path) {
        Set<String> words = new HashSet<>();
        ResourceLines.of(path).forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
