package app.tandem.coach.analysis;

import app.tandem.coach.Label;
import app.tandem.coach.text.Tokens;

/**
 * Tells a real feeling ("I feel lonely", "I feel silly asking") from a judgment dressed as one:
 * a word that says what the partner did to me ("I feel ignored", "let down"), a wanted state
 * that is negated ("I don't feel heard"), or a thought ("I feel like you…", "I feel that
 * you…", "I feel you never…"). "I feel like having pizza" is a wish, not a thought: what
 * follows "like" must be a subject for it to count.
 */
final class FeelingAnalyser implements Analyser {

    private final Vocabulary v;

    FeelingAnalyser(Vocabulary v) {
        this.v = v;
    }

    @Override
    public void analyse(Doc doc, Findings out) {
        for (int i = 0; i < doc.n; i++) {
            if (doc.types[i] == Tokens.WORD && doc.match(i, v.feelVerbs) >= 0 && mine(doc, i)) {
                examine(doc, i, out);
            }
        }
    }

    /** "I feel", "I'm feeling", "makes me feel", "it feels like", or a sentence that opens with "Feeling". */
    private boolean mine(Doc doc, int feel) {
        if (doc.atSentenceStart(feel)) {
            return true;
        }
        int from = Math.max(doc.clauseStart[feel], feel - 4);
        for (int k = feel - 1; k >= from; k--) {
            if (doc.words[k] == v.i || doc.words[k] == v.me || doc.words[k] == v.it) {
                return true;
            }
            if (doc.words[k] == v.you) {
                return false;
            }
        }
        return false;
    }

    private void examine(Doc doc, int feel, Findings out) {
        int limit = doc.clauseEnd[feel];
        int j = feel + 1;
        while (j < limit && j < feel + 4 && doc.match(j, v.feelingAdverbs) >= 0) {
            j = doc.match(j, v.feelingAdverbs);
        }
        if (j >= limit) {
            return;
        }
        int start = subjectStart(doc, feel);
        if (doc.negated[j]) {
            int wanted = doc.match(j, v.feelingsWanted);
            if (wanted >= 0) {
                out.add(Label.FAUX_FEELING, start, wanted, "unmet");
            }
            return;
        }
        int faux = doc.match(j, v.feelingsFaux);
        if (faux >= 0 && byAnotherParty(doc, faux)) {
            return; // "ignored by the insurance company" is about them, not about the partner
        }
        if (faux >= 0) {
            out.add(Label.FAUX_FEELING, start, faux, "judgment");
            return;
        }
        int clause = -1;
        boolean bare = false;
        if (doc.words[j] == v.like || doc.words[j] == v.that) {
            clause = j + 1;
        } else if (doc.words[j] == v.as && j + 1 < doc.sentenceEnd[j] && ("if".equals(doc.norm(j + 1)) || "though".equals(doc.norm(j + 1)))) {
            clause = j + 2;
        } else if (doc.words[j] != v.i && doc.words[j] != v.it && doc.match(j, v.subjects) >= 0) {
            clause = j;
            bare = true;
        }
        boolean aboutMe = clause >= 0 && clause < doc.n && (doc.words[clause] == v.i || "we".equals(doc.norm(clause)));
        if (clause >= 0 && clause < doc.n && doc.match(clause, v.subjects) >= 0 && !proposal(doc, clause)
                && (bare || aboutMe ? judging(doc, clause) : !praising(doc, clause))) {
            int subjectEnd = doc.match(clause, v.subjects);
            // "I feel like you" alone, or "I feel you" (slang for "I understand") is no thought.
            if (subjectEnd < doc.n && doc.types[subjectEnd] == Tokens.WORD && subjectEnd < doc.sentenceEnd[clause]) {
                out.add(Label.FAUX_FEELING, start, Math.min(subjectEnd + 1, doc.sentenceEnd[clause]), "thought");
            }
        }
    }

    /** "I feel ignored by my team": the judgment is about someone other than the partner. */
    private boolean byAnotherParty(Doc doc, int after) {
        if (doc.is(after, v.by) && after + 1 < doc.n && doc.words[after + 1] != v.you && doc.words[after + 1] != v.your) {
            return true;
        }
        int end = Math.min(doc.clauseEnd[Math.max(0, after - 1)], after + 4);
        for (int k = after; k < end; k++) {
            if (doc.match(k, v.otherParties) >= 0) {
                return true; // "overlooked at work", "ignored by the team at the office"
            }
        }
        return false;
    }

    /** "I feel like we should book the flights" proposes; it is no thought about the partner. */
    private boolean proposal(Doc doc, int subject) {
        return "we".equals(doc.norm(subject)) && subject + 1 < doc.n && doc.match(subject + 1, v.modals) >= 0;
    }

    /**
     * Without "like" or "that", "I feel you …" is a thought only when it judges: a negation, an
     * always/never or a negative predicate ("I feel you never listen"), not "I feel you've been
     * working so hard".
     */
    private boolean judging(Doc doc, int subject) {
        int end = Math.min(doc.clauseEnd[subject], subject + 8);
        for (int k = subject + 1; k < end; k++) {
            if (doc.negated[k] || doc.match(k, v.absolutesAlways) >= 0 || doc.match(k, v.absolutesNever) >= 0
                    || doc.match(k, v.predicatesNegative) >= 0 || doc.match(k, v.traitsNegative) >= 0
                    || "only".equals(doc.norm(k))) {
                return true; // "…I'm the only one who notices" compares; "I've been carrying a lot" does not
            }
        }
        return false;
    }

    /** "I feel like you'd love this place" guesses at a pleasure, which judges nobody. */
    private boolean praising(Doc doc, int subject) {
        if (doc.words[subject] != v.you) {
            return false; // "I feel like I'm the only one who notices" is still a thought
        }
        int end = Math.min(doc.clauseEnd[subject], subject + 8);
        for (int k = subject + 1; k < end; k++) {
            if (doc.negated[k] || doc.match(k, v.absolutesNever) >= 0 || doc.match(k, v.predicatesNegative) >= 0
                    || doc.match(k, v.traitsNegative) >= 0) {
                return false;
            }
        }
        for (int k = subject + 1; k < end; k++) {
            if (doc.match(k, v.predicatesPositive) >= 0 || doc.match(k, v.traitsPositive) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The finding starts at "I" in "I feel", so the whole frame is underlined. */
    private int subjectStart(Doc doc, int feel) {
        int from = Math.max(doc.clauseStart[feel], feel - 4);
        for (int k = feel - 1; k >= from; k--) {
            if (doc.words[k] == v.i || doc.words[k] == v.it) {
                return k;
            }
        }
        return feel;
    }
}
