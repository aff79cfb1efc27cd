package app.tandem.agreement;

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
        return status == AgreementStatus.PROPOSED && proposedBy != partnerId;
    }
}
