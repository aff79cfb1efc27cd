package app.tandem.agreement;

import java.util.List;
import java.util.Map;

/**
 * The "propose a version" form: what the partner typed (kept on any error), the version it
 * is based on, the starter commitments, and — after a clash — what changed meanwhile.
 */
public record AgreementForm(int baseNumber, String why, String commitmentsText, List<StarterCommitment> starters,
        Map<String, String> errors, AgreementChange changedMeanwhile, String changedBy) {

    public String error(String field) {
        return errors.get(field);
    }
}
