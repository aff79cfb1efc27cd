package app.tandem.plan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An agreement marked missed, and the words a hurt about it starts from. */
public record MissedAgreement(long planId, long agreementId, String agreement, String hurtText) {

    /** Repair's "name what hurt", prefilled: the partner still reads, changes and sends it themselves. */
    public String hurtPath() {
        return "/hurts/new?whatHappened=" + URLEncoder.encode(hurtText, StandardCharsets.UTF_8);
    }
}
