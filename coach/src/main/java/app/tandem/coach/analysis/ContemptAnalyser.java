package app.tandem.coach.analysis;

import app.tandem.coach.Label;
import app.tandem.coach.text.Tokens;

/**
 * Contempt recognised by structure: an insult aimed at the partner ("you're a joke", "you
 * idiot", "…, Einstein."), behaving "like a child", and sarcastic praise — a congratulation
 * in the same breath as a failure ("Nice job forgetting the tickets"), which a sincere
 * "Nice job on the talk!" is not. Fixed phrases ("grow up", "poor baby") are in rules/contempt.txt.
 */
final class ContemptAnalyser implements Analyser {

    private final Vocabulary v;

    ContemptAnalyser(Vocabulary v) {
        this.v = v;
    }

    @Override
    public void analyse(Doc doc, Findings out) {
        for (int i = 0; i < doc.n; i++) {
            if (doc.types[i] != Tokens.WORD) {
                continue;
            }
            if (doc.words[i] == v.you) {
                aimedInsult(doc, i, out);
            }
            int insultEnd = doc.match(i, v.insults);
            if (insultEnd >= 0) {
                vocative(doc, i, insultEnd, out);
                likeA(doc, i, insultEnd, out);
            }
            if (doc.atSentenceStart(i) && doc.match(i, v.sarcasticPraise) >= 0) {
                sarcasticPraise(doc, i, out);
            }
        }
    }

    /** "you're a joke", "you are so pathetic", "you idiot". */
    private void aimedInsult(Doc doc, int you, Findings out) {
        int k = you + 1;
        boolean copula = doc.is(k, v.are);
        if (copula) {
            k++;
        }
        int limit = Math.min(doc.clauseEnd[you], you + 7);
        while (k < limit && (doc.match(k, v.intensifiers) >= 0 || doc.is(k, v.a) || doc.is(k, v.an) || doc.is(k, v.being))) {
            copula |= doc.is(k, v.are); // "you really are clueless"
            k = Math.max(k + 1, doc.match(k, v.intensifiers));
        }
        if (k >= doc.n || doc.negated[k]) {
            return;
        }
        int end = doc.match(k, v.insults);
        if (end < 0 && copula) {
            end = doc.match(k, v.contemptAdjectives);
        }
        if (end >= 0) {
            out.add(Label.CONTEMPT, you, end, "insult");
        }
    }

    /** "Nice job, Einstein." — an insult used as a name, after a comma at the end of a sentence. */
    private void vocative(Doc doc, int at, int end, Findings out) {
        boolean afterComma = at > 0 && doc.types[at - 1] == Tokens.CLAUSE_PUNCT;
        // "lol ok genius", "thanks genius": the name follows a word that opens a retort
        boolean afterRetort = at > 0 && (doc.match(at - 1, v.discourse) >= 0 || doc.match(at - 1, v.acknowledgements) >= 0
                || "thanks".equals(doc.norm(at - 1)));
        boolean closes = end >= doc.n || doc.types[end] != Tokens.WORD;
        if ((afterComma || afterRetort) && closes) {
            out.add(Label.CONTEMPT, at, end, "insult");
        }
    }

    /** "whining like a baby", "acting like a child" — but not "I feel like a child at the dentist". */
    private void likeA(Doc doc, int at, int end, Findings out) {
        if (at >= 2 && doc.words[at - 2] == v.like && (doc.words[at - 1] == v.a || doc.words[at - 1] == v.an)) {
            boolean aboutMe = at >= 3 && doc.match(at - 3, v.feelVerbs) >= 0;
            if (!aboutMe) {
                out.add(Label.CONTEMPT, at - 2, end, "like_a");
            }
        }
    }

    /** "Nice job forgetting the tickets", "Congratulations, you managed to be late again." */
    private void sarcasticPraise(Doc doc, int at, Findings out) {
        int end = Math.min(doc.sentenceEnd[at], at + 12);
        for (int k = doc.match(at, v.sarcasticPraise); k < end; k++) {
            int failure = doc.match(k, v.failureEvents);
            if (failure >= 0) {
                out.add(Label.CONTEMPT, at, failure, "sarcasm");
                return;
            }
        }
    }
}
