package app.tandem.coach.analysis;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.text.Tokens;

/**
 * Looks at what a need actually asks for (the request span marked in {@link Doc}).
 *
 * <p>Negative requests say what should not happen: a negation in the request's own clause
 * ("please don't invite anyone", "I need you to not raise your voice") or a verb of ceasing
 * followed by an activity ("stop staying up", "quit smoking"). "Stop by the pharmacy" and
 * "stop at the bakery" are errands, "don't forget the milk" asks for remembering, and a
 * negation in a subordinate clause ("call me if you're not coming") is no part of the ask.
 *
 * <p>Vague requests name no doable action: a vague ask from words/vague_asks.txt ("be more
 * present", "step up") or an abstract noun ("more attention"), unless the request also gives
 * something concrete — a time, a number, or "by" + an action.
 */
final class RequestAnalyser implements Analyser {

    private final Vocabulary v;

    RequestAnalyser(Vocabulary v) {
        this.v = v;
    }

    @Override
    public void analyse(Doc doc, Findings out) {
        if (doc.kind != Kind.NEED) {
            return;
        }
        int s = 0;
        while (s < doc.n) {
            int e = doc.types[s] == Tokens.SENTENCE_END ? s + 1 : doc.sentenceEnd[s];
            int from = firstRequestToken(doc, s, e);
            if (from >= 0) {
                negative(doc, from, e, out);
                vague(doc, from, e, out);
            }
            s = e;
        }
    }

    private static int firstRequestToken(Doc doc, int s, int e) {
        for (int i = s; i < e; i++) {
            if (doc.request[i]) {
                return i;
            }
        }
        return -1;
    }

    private void negative(Doc doc, int from, int e, Findings out) {
        int firstClause = doc.clauseStart[from];
        for (int i = from; i < e; i++) {
            if (doc.types[i] != Tokens.WORD) {
                continue;
            }
            boolean mainClause = doc.clauseStart[i] <= from || doc.clauseStart[i] == firstClause
                    || !startsSubordinate(doc, doc.clauseStart[i]);
            if (!mainClause) {
                continue;
            }
            int stop = doc.match(i, v.cessationVerbs);
            if (stop >= 0 && !doc.negated[i] && ceases(doc, i, stop, e)) {
                out.add(Label.NEGATIVE_REQUEST, i, Math.min(stop + 1, e), "cease");
                return;
            }
            if ((doc.words[i] == v.not || doc.match(i, v.negators) >= 0) && negatesTheAsk(doc, i, e)) {
                out.add(Label.NEGATIVE_REQUEST, i, Math.min(i + 2, e), "dont");
                return;
            }
        }
    }

    private boolean startsSubordinate(Doc doc, int clauseStart) {
        return doc.match(clauseStart, v.clauseOpeners) >= 0 || doc.match(clauseStart, v.subjects) >= 0;
    }

    /** After "stop": an activity (stop smoking, stop it, stop being rude), not a place (stop by, stop at). */
    private boolean ceases(Doc doc, int verb, int next, int e) {
        if (next >= e || doc.types[next] != Tokens.WORD) {
            return true; // "I need it to stop."
        }
        if (doc.match(next, v.errandParticles) >= 0) {
            return false;
        }
        String v0 = doc.norm(verb);
        if (!(v0.startsWith("stop") || v0.startsWith("quit"))) {
            return true; // "cut out", "give up", "lay off" only ever cease
        }
        String w = doc.norm(next);
        if (w.length() > 4 && w.endsWith("ing")) {
            return true;
        }
        if (doc.match(next, v.determiners) >= 0) {
            // "stop the yelling" ceases an activity; "stop the dishwasher" or "the car" is a thing
            int k = next + 1;
            if (k < e && doc.match(k, v.determiners) >= 0) {
                k++;
            }
            String object = k < e ? doc.norm(k) : "";
            return object.length() > 4 && object.endsWith("ing");
        }
        return doc.match(next, v.ceasingObjects) >= 0;
    }

    /** "not"/"never"/"no" governing the asked-for verb, except harmless ones ("don't forget", "don't worry"). */
    private boolean negatesTheAsk(Doc doc, int neg, int e) {
        String w = doc.norm(neg);
        if (!(w.equals("not") || w.equals("never"))) {
            return false;
        }
        // "I never ask you for anything": a statement about someone, not an ask.
        int before = neg - 1;
        while (before >= 0 && ("do".equals(doc.norm(before)) || "does".equals(doc.norm(before)) || "did".equals(doc.norm(before))
                || doc.match(before, v.intensifiers) >= 0 && doc.words[before] != v.you)) {
            before--;
            if (neg - before > 3) {
                break;
            }
        }
        // "Can we not have the telly on …" asks, as "can you not" does: a modal before "we".
        boolean askedOfUs = before > 0 && "we".equals(doc.norm(before)) && doc.match(before - 1, v.modals) >= 0;
        if (!askedOfUs && before >= 0 && doc.words[before] != v.you && doc.match(before, v.subjects) >= 0 && doc.types[before] == Tokens.WORD) {
            return false;
        }
        int next = neg + 1;
        while (next < e && doc.match(next, v.intensifiers) >= 0) {
            next++;
        }
        if (next >= e || doc.types[next] != Tokens.WORD) {
            return false;
        }
        if (doc.match(next, v.harmlessNegatives) >= 0 || doc.match(next, v.cessationVerbs) >= 0) {
            return false; // "don't forget the milk", "never stop making those pancakes"
        }
        // "I need you to not …", "please don't …", "never …": the negation must come right at
        // the start of the ask or right after its opener, not deep inside a description.
        int opener = doc.requestOpener[neg];
        int gap = 0;
        for (int k = neg - 1; k >= 0 && k >= opener && doc.request[k] && gap <= 2; k--) {
            if (doc.types[k] == Tokens.WORD && doc.match(k, v.please) < 0 && !"do".equals(doc.norm(k)) && !"to".equals(doc.norm(k))
                    && doc.match(k, v.discourse) < 0) {
                gap++;
            }
        }
        return gap <= 1 || opener == doc.sentenceStart[neg] && gap <= 2;
    }

    private void vague(Doc doc, int from, int e, Findings out) {
        if (concrete(doc, v, from, e)) {
            return;
        }
        for (int i = from; i < e; i++) {
            int end = doc.match(i, v.vagueAsks);
            if (end >= 0 && !doc.negated[i]) {
                out.add(Label.VAGUE_REQUEST, i, end, "vague");
                return;
            }
        }
        if (comparativeManner(doc, from, e, out)) {
            return;
        }
        int k = from;
        boolean quantified = false;
        while (k < e && (doc.match(k, v.quantifiers) >= 0 || doc.words[k] == v.to)) {
            quantified |= doc.match(k, v.quantifiers) >= 0;
            k = Math.max(k + 1, doc.match(k, v.quantifiers));
        }
        int noun = doc.match(k, v.abstractNeeds);
        if (noun >= 0) {
            int rest = 0;
            for (int r = noun; r < e; r++) {
                if (doc.types[r] == Tokens.WORD && doc.match(r, v.please) < 0) {
                    rest++;
                }
            }
            if (rest <= 2 || quantified && rest <= 3) {
                out.add(Label.VAGUE_REQUEST, from, noun, "abstract");
            }
        }
    }

    /** "drive more carefully", "call more often": more of a manner is no action. */
    private boolean comparativeManner(Doc doc, int from, int e, Findings out) {
        for (int i = from; i + 1 < e; i++) {
            String w = doc.norm(i);
            if ((w.equals("more") || w.equals("less")) && doc.isWord(i + 1)) {
                String next = doc.norm(i + 1);
                if ((next.length() > 4 && next.endsWith("ly")) || next.equals("often")) {
                    out.add(Label.VAGUE_REQUEST, i, i + 2, "vague");
                    return true;
                }
            }
        }
        return false;
    }

    /** A time, a number or "by" + an action in tokens [from, e) makes an ask concrete ("by planning a date on Friday"). */
    static boolean concrete(Doc doc, Vocabulary v, int from, int e) {
        for (int i = from; i < e; i++) {
            if (doc.types[i] != Tokens.WORD) {
                continue;
            }
            if (doc.match(i, v.timeWords) >= 0 || doc.match(i, v.numbers) >= 0 || Character.isDigit(doc.norm(i).charAt(0))) {
                return true;
            }
            if (byAction(doc, v, i, e)) {
                return true;
            }
        }
        return false;
    }

    /** "by" + an action at token i ("… by planning a date"), within the sentence ending at e. */
    static boolean byAction(Doc doc, Vocabulary v, int i, int e) {
        return doc.words[i] == v.by && i + 1 < e && doc.norm(i + 1).endsWith("ing");
    }
}
