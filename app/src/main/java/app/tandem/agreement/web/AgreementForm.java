package app.tandem.agreement.web;

import app.tandem.agreement.AgreementChange;
import app.tandem.agreement.StarterCommitment;
import java.util.List;
import java.util.Map;

/**
 * The "propose a version" page: the draft as typed (kept on any error), the starter commitments,
 * the draft's errors, and — after a clash — what changed meanwhile and who changed it.
 */
public record AgreementForm(AgreementDraft draft, List<StarterCommitment> starters, Map<String, String> errors,
        AgreementChange changedMeanwhile, String changedBy) {

    public int baseNumber() {
        return draft.base();
    }

    /** No version exists yet: the couple writes their first agreement, not "a version" of one. */
    public boolean first() {
        return draft.base() == 0;
    }

    public String why() {
        return draft.why();
    }

    /** What was written and ticked, a commitment a line. */
    public String commitmentsText() {
        return String.join("\n", draft.lines());
    }

    public String error(String field) {
        return errors.get(field);
    }
}
