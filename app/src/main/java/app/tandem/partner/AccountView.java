package app.tandem.partner;

import java.util.Map;

/** The account page: who I am, and the change-password form's state. */
public record AccountView(Partner partner, Map<String, String> errors, boolean passwordChanged) {

    public String error(String field) {
        return errors.get(field);
    }
}
