package app.tandem.coach.analysis;

import app.tandem.coach.lexicon.Lexicon;
import app.tandem.coach.lexicon.PhraseRule;
import app.tandem.coach.text.Tokens;
import java.util.List;

/**
 * Runs the phrase rules of rules/*.txt. Each token looks up only the rules that can start
 * with its word, so the cost grows with the text, not with the number of rules.
 */
final class PhraseAnalyser implements Analyser {

    private final Lexicon lexicon;

    PhraseAnalyser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void analyse(Doc doc, Findings out) {
        for (int i = 0; i < doc.n; i++) {
            if (doc.words[i] == null) {
                continue;
            }
            tryAll(lexicon.rulesStartingWith(doc.words[i]), doc, i, out);
            if (i + 1 < doc.n) {
                tryAll(lexicon.rulesStartingWith(doc.words[i], doc.words[i + 1]), doc, i, out);
            }
        }
    }

    private void tryAll(List<PhraseRule> rules, Doc doc, int i, Findings out) {
        for (int r = 0; r < rules.size(); r++) {
            PhraseRule rule = rules.get(r);
            if (!applies(rule, doc, i)) {
                continue;
            }
            int limit = doc.types[i] == Tokens.WORD ? doc.sentenceEnd[i] : Math.min(doc.n, i + 1);
            int end = Lexicon.match(rule, doc.words, doc.types, i, limit);
            if (end > i && (!rule.wholeText() || doc.coversAllWords(i, end))
                    && (rule.unlessClass() < 0 || !doc.containsUnnegated(rule.unlessClass()))) {
                out.add(rule.label(), i, trimEnd(doc, i, end), rule.key());
            }
        }
    }

    private boolean applies(PhraseRule rule, Doc doc, int i) {
        if (!rule.appliesTo(doc.kind)) {
            return false;
        }
        if (rule.atSentenceStart() && !doc.atSentenceStart(i)) {
            return false;
        }
        if (rule.inRequest() && !doc.request[i]) {
            return false;
        }
        return !(rule.unnegated() && doc.negated[i]);
    }

    /** A match never ends on punctuation, so that triggers read as words. */
    private static int trimEnd(Doc doc, int from, int end) {
        int e = end;
        while (e > from + 1 && doc.types[e - 1] != Tokens.WORD) {
            e--;
        }
        return e;
    }
}
