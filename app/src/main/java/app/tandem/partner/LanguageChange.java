package app.tandem.partner;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.web.Languages;
import java.util.Locale;

/** The language a partner picks, as the account page posts it and the API sends it ("en", "de"). */
record LanguageChange(String language) {

    LanguageChange {
        language = language == null ? "" : language;
    }

    Locale toLocale() {
        FieldErrors errors = new FieldErrors();
        var chosen = Languages.parseChosen(language);
        if (chosen.isEmpty()) {
            errors.add("language", Phrase.of(language.isBlank() ? "partner.error.language.missing" : "partner.error.language.unknown"));
        }
        return errors.orThrow(chosen::orElseThrow);
    }
}
