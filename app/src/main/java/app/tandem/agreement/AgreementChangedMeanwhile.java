package app.tandem.agreement;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.Phrase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A proposal based on a version that is no longer the newest: 409, with what changed meanwhile
 * and by whom, so the partner can merge it into theirs and propose on the newest version.
 */
public class AgreementChangedMeanwhile extends ConflictException {

    private final int headNumber;
    private final String changedBy;
    private final transient AgreementChange change;

    AgreementChangedMeanwhile(AgreementVersion head, AgreementChange change) {
        super(Phrase.of("agreement.conflict.changed-meanwhile", head.proposedByName(), head.number()), details(head, change));
        this.headNumber = head.number();
        this.changedBy = head.proposedByName();
        this.change = change;
    }

    private static Map<String, Object> details(AgreementVersion head, AgreementChange change) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("headNumber", head.number());
        details.put("changedBy", head.proposedByName());
        details.put("changedMeanwhile", change);
        return details;
    }

    /** The newest version's number: the next proposal's base. */
    public int headNumber() {
        return headNumber;
    }

    public String changedBy() {
        return changedBy;
    }

    public AgreementChange change() {
        return change;
    }
}
