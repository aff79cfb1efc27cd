package app.tandem.coach.analysis;

import app.tandem.coach.Finding;
import app.tandem.coach.Label;
import java.util.List;

/**
 * What the analysers found in one text, plus the partner's own words that a kinder wording
 * can reuse: their real feeling, the situation ("because …"), what they ask for, and what
 * they asked to avoid, and the vague ask as written ("be more present"). Any part is null when the text has none that can be reused safely.
 */
public record Analysis(
        List<Label> labels,
        List<Finding> findings,
        String realFeeling,
        String judgmentFeeling,
        String situation,
        String request,
        String vagueAsk,
        String avoided,
        String afterBut) {

    public boolean isClean() {
        return labels.isEmpty();
    }
}
