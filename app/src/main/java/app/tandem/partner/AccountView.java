package app.tandem.partner;

import java.util.List;
import java.util.Map;

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

    public List<String> zones() {
        return TimeZones.all();
    }

    /** Whether the partner's zone is UTC, which for most people means "never told": worth a nudge. */
    public boolean utc() {
        return partner.zone().normalized().getId().equals("Z") || partner.zone().getId().equals("UTC");
    }
}
