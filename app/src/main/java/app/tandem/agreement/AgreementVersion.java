package app.tandem.agreement;

import app.tandem.kernel.ConflictException;
import java.time.Instant;
import java.util.List;

/**
 * One version of the couple's agreement: their why and their commitments, who proposed it,
 * and who signed it second. {@code baseNumber} is the version it was edited from.
 */
public record AgreementVersion(long id, int number, Integer baseNumber, String why, List<String> commitments,
        AgreementStatus status, long proposedBy, String proposedByName, Instant proposedAt,
        Long signedBy, String signedByName, Instant signedAt) {

    public boolean awaitsSignatureOf(long partnerId) {
        return can(AgreementAction.SIGN, partnerId);
    }

    /** Whether {@code partnerId} may take {@code action} on this version now. */
    public boolean can(AgreementAction action, long partnerId) {
        return status == action.from() && action.rightPartner(this, partnerId);
    }

    /** The status {@code action} by {@code partnerId} leads to, or why not (409). */
    AgreementStatus check(AgreementAction action, long partnerId) {
        if (!can(action, partnerId)) {
            throw new ConflictException(action.whyNot(this, partnerId));
        }
        return action.leadsTo();
    }
}
