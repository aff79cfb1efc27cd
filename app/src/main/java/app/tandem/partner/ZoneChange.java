package app.tandem.partner;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
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
            errors.add("timeZone", Phrase.of(timeZone.isBlank() ? "partner.error.time-zone.missing" : "partner.error.time-zone.unknown"));
        }
        return errors.orThrow(zone::orElseThrow);
    }
}
