package app.tandem.web;

import java.time.ZoneId;

/** The zone a partner lives in, for every time a page shows. The partner module answers it. */
public interface PartnerZone {

    ZoneId of(long partnerId);
}
