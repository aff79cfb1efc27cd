package app.tandem.agreement.web;

import app.tandem.agreement.AgreementVersion;
import app.tandem.agreement.ProposeChange;
import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A version as proposed, on the page and in the API alike. The API sends {@code commitments} as a
 * list; the page sends one text, a commitment a line, and the starter commitments ticked as
 * {@code starter}: every entry is read line by line. (Commitments have commas, so the page binds
 * a lone value whole; see {@code AgreementPages}.)
 */
public record AgreementDraft(Integer baseNumber, String why, String[] commitments, String[] starter) {

    public AgreementDraft {
        why = why == null ? "" : why;
        commitments = commitments == null ? new String[0] : commitments;
        starter = starter == null ? new String[0] : starter;
    }

    /** The latest version as the starting point of an edit, based on the newest number. */
    static AgreementDraft from(AgreementVersion latest, int headNumber) {
        return latest == null ? new AgreementDraft(headNumber, "", null, null)
                : new AgreementDraft(headNumber, latest.why(), latest.commitments().toArray(String[]::new), null);
    }

    int base() {
        return baseNumber == null ? 0 : baseNumber;
    }

    /** Every commitment written or ticked, a line each, trimmed, without blanks or repeats. */
    List<String> lines() {
        return Stream.concat(Arrays.stream(commitments), Arrays.stream(starter))
                .filter(c -> c != null)
                .flatMap(String::lines)
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
    }

    /** The same draft rebased on {@code headNumber}, with what was written and ticked kept as text. */
    AgreementDraft rebasedOn(int headNumber) {
        return new AgreementDraft(headNumber, why, lines().toArray(String[]::new), null);
    }

    /** Every field checked, all at once. */
    ProposeChange toCommand() {
        FieldErrors errors = new FieldErrors();
        String whyText = why.strip();
        if (whyText.isEmpty()) {
            errors.add("why", Phrase.of("agreement.error.why"));
        } else if (whyText.codePointCount(0, whyText.length()) > ProposeChange.MAX_WHY) {
            errors.add("why", Phrase.of("agreement.error.why.too-long", ProposeChange.MAX_WHY));
        }
        List<String> all = lines();
        if (all.isEmpty()) {
            errors.add("commitments", Phrase.of("agreement.error.commitments"));
        } else if (all.size() > ProposeChange.MAX_COMMITMENTS) {
            errors.add("commitments", Phrase.of("agreement.error.commitments.too-many", ProposeChange.MAX_COMMITMENTS));
        } else if (all.stream().anyMatch(c -> c.codePointCount(0, c.length()) > ProposeChange.MAX_COMMITMENT)) {
            errors.add("commitments", Phrase.of("agreement.error.commitment.too-long", ProposeChange.MAX_COMMITMENT));
        }
        return errors.orThrow(() -> new ProposeChange(base(), whyText, all));
    }
}
