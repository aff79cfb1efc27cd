package app.tandem.coach.analysis;

import app.tandem.coach.Finding;
import app.tandem.coach.Label;
import java.util.List;

/**
 * What the analysers found in one text, plus the partner's own words that a kinder wording
 * can reuse: their real feeling, the situation ("because …"), what they ask for and the lead
 * of its sentence when that says when ("Dinner's at 7 on Saturday, please be there"), what
 * they asked to avoid, and the vague ask as written ("be more present"). Any part is null
 * when the text has none that can be reused safely. {@code text} is what was reviewed and
 * {@code sentences} its sentences as char spans, so that a suggestion can keep the ones no
 * finding touches.
 */
public record Analysis(
        List<Label> labels,
        List<Finding> findings,
        String realFeeling,
        String judgmentFeeling,
        String situation,
        String request,
        String askLead,
        String vagueAsk,
        String avoided,
        String afterBut,
        String text,
        List<int[]> sentences) {

    public boolean isClean() {
        return labels.isEmpty();
    }

    /** The sentences that no finding touches, as written, in order. */
    public List<String> untouchedSentences() {
        List<String> out = new java.util.ArrayList<>();
        for (int[] s : sentences) {
            boolean touched = false;
            for (Finding f : findings) {
                touched |= f.start() < s[1] && s[0] < f.end();
            }
            if (!touched) {
                out.add(text.substring(s[0], s[1]).strip());
            }
        }
        return out;
    }

    /** The sentences that a finding of this label touches, as written. */
    public List<String> sentencesWith(Label label) {
        List<String> out = new java.util.ArrayList<>();
        for (int[] s : sentences) {
            for (Finding f : findings) {
                if (f.label() == label && f.start() < s[1] && s[0] < f.end()) {
                    out.add(text.substring(s[0], s[1]).strip());
                    break;
                }
            }
        }
        return out;
    }
}
