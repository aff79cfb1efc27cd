package app.tandem.coach.analysis;

import app.tandem.coach.Label;
import app.tandem.coach.text.Tokens;

/**
 * A tally offered as the reason for the ask: "I cooked, cleaned and drove everyone around all
 * week, so …". It needs all three parts — I as the subject of a chore, a tally ("all week",
 * "every single", "for months"), and "so" tying it to the ask. Describing the load as the
 * situation ("I feel worn down because I've done bedtime alone all week") is no tally: that
 * is exactly the "because" the practice asks for. Fixed phrases ("I deserve", "after
 * everything I do", "for once") are in rules/scorekeeping.txt.
 */
final class ScorekeepingAnalyser implements Analyser {

    private final Vocabulary v;

    ScorekeepingAnalyser(Vocabulary v) {
        this.v = v;
    }

    @Override
    public void analyse(Doc doc, Findings out) {
        int s = 0;
        while (s < doc.n) {
            int e = doc.types[s] == Tokens.SENTENCE_END ? s + 1 : doc.sentenceEnd[s];
            tally(doc, s, e, out);
            s = e;
        }
    }

    private void tally(Doc doc, int s, int e, Findings out) {
        int subject = -1;
        int chore = -1;
        int tallyEnd = -1;
        for (int i = s; i < e; i++) {
            if (doc.types[i] != Tokens.WORD) {
                continue;
            }
            if (subject < 0) {
                if (doc.words[i] == v.i && !isBecause(doc, i)) {
                    subject = i;
                }
            } else if (chore < 0) {
                if (doc.match(i, v.choreVerbs) >= 0 && !doc.negated[i]) {
                    chore = i;
                } else if (i - subject > 3) {
                    subject = doc.words[i] == v.i ? i : -1;
                }
            } else if (tallyEnd < 0) {
                int end = doc.match(i, v.tallyMarkers);
                if (end >= 0) {
                    tallyEnd = end;
                }
            } else if (doc.words[i] == v.so) {
                out.add(Label.SCOREKEEPING, subject, tallyEnd, "tally");
                return;
            }
        }
        if (tallyEnd >= 0 && standsAlone(doc, s, e, subject)) {
            out.add(Label.SCOREKEEPING, subject, tallyEnd, "tally");
        }
    }

    /**
     * A tally that is a need's sentence of its own ("I did all four school runs and cooked every
     * night. Could you …"), opening with I: it is set beside the ask as a reason, not told as the
     * situation. A sentence that also names a feeling or holds the ask tells the load ("I did the night feeds all
     * week and I'm shattered"), and stays clean.
     */
    private boolean standsAlone(Doc doc, int s, int e, int subject) {
        if (doc.kind != app.tandem.coach.Kind.NEED || doc.lead[subject] != subject) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (doc.request[i] || doc.match(i, v.feelVerbs) >= 0 || doc.match(i, v.feelingsReal) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The clause is a "because …" or "when …" description of the situation. */
    private boolean isBecause(Doc doc, int i) {
        int c = doc.clauseStart[i];
        return c < i && doc.match(c, v.clauseOpeners) >= 0;
    }
}
