package app.tandem.partner;

import java.util.List;
import java.util.Map;
import app.tandem.web.Languages;

/**
 * The account page: who I am, and the state of its forms (name, e-mail, time zone, password);
 * what was typed into a form sent back with errors is drawn again.
 */
public record AccountView(Partner partner, Map<String, String> errors, boolean passwordChanged, boolean renamed,
        String typedName, String typedEmail, String typedZone) {

    AccountView(Partner partner, Map<String, String> errors, boolean passwordChanged, boolean renamed) {
        this(partner, errors, passwordChanged, renamed, partner.displayName());
    }

    AccountView(Partner partner, Map<String, String> errors, boolean passwordChanged, boolean renamed,
            String typedName) {
        this(partner, errors, passwordChanged, renamed, typedName, "", partner.zone().getId());
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The languages a partner may choose, each by its tag and its own name. */
    public record Language(String tag, String name) {}

    public List<Language> languages() {
        return Languages.CHOSEN.stream().map(l -> new Language(Languages.tag(l), Languages.ownName(l))).toList();
    }

    /** The language selected in the chooser: the partner's own, or the one the page is in now. */
    public boolean speaks(Language language, java.util.Locale pageIn) {
        String own = partner.language() == null ? Languages.tag(Languages.parseChosen(pageIn.getLanguage())
                .orElse(Languages.ENGLISH)) : partner.languageTag();
        return own.equals(language.tag());
    }

    public List<String> zones() {
        return TimeZones.all();
    }

    /** Whether the partner's zone is UTC, which for most people means "never told": worth a nudge. */
    public boolean utc() {
        return partner.zone().normalized().getId().equals("Z") || partner.zone().getId().equals("UTC");
    }
}
