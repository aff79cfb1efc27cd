package app.tandem.partner;

import app.tandem.kernel.FieldErrors;
import java.time.ZoneId;

/** The zone a partner picks, as the account page posts it and the API sends it. */
record ZoneChange(String timeZone) {

    ZoneChange {
        timeZone = timeZone == null ? "" : timeZone;
    }

    ZoneId toZone() {
        FieldErrors errors = new FieldErrors();
        var zone = TimeZones.parse(timeZone);
        if (zone.isEmpty()) {
            errors.add("timeZone", timeZone.isBlank() ? "Choose your time zone."
                    : "That is not a time zone we know. Choose one from the list, such as Europe/Berlin.");
        }
        return errors.orThrow(zone::orElseThrow);
    }
}
