package app.tandem.partner;

import app.tandem.web.PartnerZone;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Tells every page the signed-in partner's zone. */
@Component
class PartnerZoneOfService implements PartnerZone {

    private final PartnerService partners;

    PartnerZoneOfService(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public ZoneId of(long partnerId) {
        return partners.zoneOf(partnerId);
    }
}
