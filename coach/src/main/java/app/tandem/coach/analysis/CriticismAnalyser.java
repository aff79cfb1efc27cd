package app.tandem.coach.analysis;

import app.tandem.coach.Label;

/**
 * Criticism that is recognised by structure rather than by a fixed phrase:
 * <ul>
 * <li>"you" + always/never + a predicate, where the predicate's polarity decides: "you never
 * help" and "you always forget" criticise, "you always make me laugh" and "you never forget
 * my birthday" praise;</li>
 * <li>"you are (so) + a trait", where only negative traits criticise, and a negation flips
 * the trait ("you're not very thoughtful" criticises, "you're not lazy" does not);</li>
 * <li>"every time I …, you + negative predicate" (a global complaint without always/never).</li>
 * </ul>
 * Mind-reading ("you don't care") lives in rules/criticism.txt.
 */
final class CriticismAnalyser implements Analyser {

    private static final int WINDOW = 8;

    private final Vocabulary v;

    CriticismAnalyser(Vocabulary v) {
        this.v = v;
    }

    @Override
    public void analyse(Doc doc, Findings out) {
        for (int i = 0; i < doc.n; i++) {
            if (doc.words[i] == v.you && !doc.is(i + 1, v.to) && isSubject(doc, i)) {
                absolute(doc, i, out);
                trait(doc, i, false, out);
            } else if (doc.words[i] == v.your && doc.match(i + 1, v.intensifiers) >= 0) {
                // "your so lazy": the common misspelling of "you're"
                trait(doc, i, true, out);
            } else if (doc.match(i, v.everyTime) >= 0) {
                everyTime(doc, i, out);
            } else if ("all".equals(doc.norm(i)) && doc.is(i + 1, v.you)) {
                allYouDo(doc, i, out);
            }
        }
    }

    /**
     * "you" is the subject of what follows, not an object ("talk to you never", "for you") and
     * not the subject of a question that asks ("can you keep the kids busy?").
     */
    private boolean isSubject(Doc doc, int you) {
        return you == 0 || doc.match(you - 1, v.notBeforeSubject) < 0;
    }

    private void absolute(Doc doc, int you, Findings out) {
        int limit = Math.min(doc.clauseEnd[you], you + 5);
        for (int j = you + 1; j < limit; j++) {
            int always = doc.match(j, v.absolutesAlways);
            int never = doc.match(j, v.absolutesNever);
            boolean notEver = doc.words[j] == v.not && j + 1 < limit && "ever".equals(doc.norm(j + 1));
            if (always < 0 && never < 0 && !notEver) {
                if (doc.match(j, v.intensifiers) < 0 && doc.match(j, v.negators) < 0) {
                    return;
                }
                continue;
            }
            int from = always >= 0 ? always : never >= 0 ? never : j + 2;
            int end = Math.min(doc.clauseEnd[you], from + WINDOW);
            if (from >= end || !doc.isWord(from)) {
                return; // nothing is said to happen "always" or "never"
            }
            if (never >= 0 && doc.match(from, v.noObligation) >= 0) {
                return; // "you never need to apologise" frees the partner, it does not judge them
            }
            int inverted = never >= 0 ? inverting(doc, from) : -1;
            boolean meansAlways = always >= 0 || inverted >= 0;
            if (inverted >= 0) {
                from = inverted;
            }
            int polarityAt = polarity(doc, from, end, never >= 0);
            int polarity = polarityAt == NONE ? 0 : polarityAt >= 0 ? 1 : -1;
            int spanEnd = polarityAt == NONE ? from : endOf(polarityAt);
            boolean criticises = meansAlways ? polarity < 0 : polarity >= 0;
            if (criticises) {
                out.add(Label.CRITICISM, you, Math.max(spanEnd, from), "absolute");
            }
            return;
        }
    }

    /**
     * Where what "never fail to" or "never stop …ing" says always happens begins, or -1: the
     * double negative means "always" ("you never fail to make me laugh" praises).
     */
    private int inverting(Doc doc, int from) {
        int end = doc.match(from, v.neverInverting);
        if (end < 0 || end >= doc.n || !doc.isWord(end)) {
            return -1;
        }
        boolean stop = doc.norm(from).startsWith("stop");
        return !stop || doc.norm(end).endsWith("ing") ? end : -1;
    }

    private static final int NONE = Integer.MIN_VALUE;

    private static int endOf(int polarityAt) {
        return polarityAt >= 0 ? polarityAt : -polarityAt - 1;
    }

    /**
     * The first polar predicate in [from, to), or NONE: its end token when it is positive,
     * {@code -end - 1} when it is negative. A negated predicate flips its polarity ("you
     * always don't listen"), except that "never" already carries the negation.
     */
    private int polarity(Doc doc, int from, int to) {
        return polarity(doc, from, to, doc.match(from - 1, v.absolutesNever) >= 0);
    }

    /** As above, {@code afterNever} saying whether the negation in sight is "never"'s own. */
    private int polarity(Doc doc, int from, int to, boolean afterNever) {
        for (int k = from; k < to; k++) {
            // Traits count as predicates too: "you're never boring" praises.
            int neg = Math.max(doc.match(k, v.predicatesNegative), doc.match(k, v.traitsNegative));
            int pos = Math.max(doc.match(k, v.predicatesPositive), doc.match(k, v.traitsPositive));
            if (neg >= 0 || pos >= 0) {
                int sign = neg >= pos ? -1 : 1;
                int end = Math.max(neg, pos);
                if (doc.negated[k] && !afterNever) {
                    sign = -sign;
                }
                return sign > 0 ? end : -end - 1;
            }
        }
        return NONE;
    }

    private void trait(Doc doc, int you, boolean impliedCopula, Findings out) {
        int k = you + 1;
        boolean copula = impliedCopula || doc.is(k, v.are);
        if (!copula && doc.isWord(k) && "were".equals(doc.norm(k))) {
            copula = true;
        }
        if (copula) {
            k++;
        }
        boolean sawModifier = false;
        int limit = Math.min(doc.clauseEnd[you], you + 7);
        while (k < limit && (doc.match(k, v.intensifiers) >= 0 || doc.is(k, v.being) || doc.is(k, v.a) || doc.is(k, v.an)
                || doc.is(k, v.not) || doc.match(k, v.absolutesAlways) >= 0)) {
            sawModifier = true;
            copula |= doc.is(k, v.are); // "you really are selfish"
            k = Math.max(k + 1, doc.match(k, v.intensifiers));
        }
        if (!copula && !sawModifier) {
            return;
        }
        int negativeEnd = doc.match(k, v.traitsNegative);
        int positiveEnd = doc.match(k, v.traitsPositive);
        boolean negated = doc.negated[Math.min(k, doc.n - 1)];
        if (negativeEnd >= 0 && !negated && copula) {
            out.add(Label.CRITICISM, you, negativeEnd, "trait");
        } else if (positiveEnd >= 0 && negated && copula) {
            out.add(Label.CRITICISM, you, positiveEnd, "trait");
        }
    }

    /** "All you ever do is play games" reduces the partner to one thing — unless that thing is praise. */
    private void allYouDo(Doc doc, int all, Findings out) {
        int k = all + 2;
        int end = Math.min(doc.sentenceEnd[all], all + 7);
        while (k < end && !doc.is(k, v.is)) {
            k++;
        }
        if (k >= end) {
            return;
        }
        int polarityAt = polarity(doc, k + 1, Math.min(doc.clauseEnd[k], k + 1 + WINDOW));
        if (polarityAt == NONE || polarityAt < 0) {
            out.add(Label.CRITICISM, all, k + 1, "global");
        }
    }

    /** "Every time I ask for help, you disappear." */
    private void everyTime(Doc doc, int at, Findings out) {
        int end = Math.min(doc.sentenceEnd[at], at + 20);
        for (int k = at + 1; k < end; k++) {
            if (doc.words[k] == v.you && !doc.is(k + 1, v.to)) {
                int polarityAt = polarity(doc, k + 1, Math.min(doc.clauseEnd[k], k + WINDOW));
                boolean negatedPredicate = doc.isWord(k + 1) && doc.negated[Math.min(k + 2, doc.n - 1)];
                if ((polarityAt != NONE && polarityAt < 0) || (polarityAt == NONE && negatedPredicate)) {
                    int spanEnd = polarityAt == NONE ? Math.min(doc.clauseEnd[k], k + 3) : endOf(polarityAt);
                    out.add(Label.CRITICISM, at, spanEnd, "every_time");
                }
                return;
            }
        }
    }
}
