package app.tandem.partner;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A person with an account, the time zone they live in, and the language they read Tandem in
 * ({@code null}: whatever their browser asks for).
 */
public record Partner(long id, String email, String displayName, Instant createdAt, ZoneId zone, Locale language) {

    /** The language chosen, as its tag ("de"), or empty when the browser decides. */
    public String languageTag() {
        return language == null ? "" : language.toLanguageTag();
    }
}
