package app.tandem.partner;

import java.util.Map;

/** The sign-up page's state: what was typed (never the password) and what to fix. */
public record SignUpForm(String email, String displayName, Map<String, String> errors) {

    static SignUpForm empty() {
        return new SignUpForm("", "", Map.of());
    }

    public String error(String field) {
        return errors.get(field);
    }
}
