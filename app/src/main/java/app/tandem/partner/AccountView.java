package app.tandem.partner;

import java.util.Map;

/** The account page: who I am, and the state of its forms (name, password). */
public record AccountView(Partner partner, Map<String, String> errors, boolean passwordChanged, boolean renamed,
        String typedName) {

    AccountView(Partner partner, Map<String, String> errors, boolean passwordChanged, boolean renamed) {
        this(partner, errors, passwordChanged, renamed, partner.displayName());
    }

    public String error(String field) {
        return errors.get(field);
    }
}
