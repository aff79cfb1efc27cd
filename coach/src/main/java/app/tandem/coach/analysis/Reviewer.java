package app.tandem.coach.analysis;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.Layer;
import app.tandem.coach.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the pipeline on one text: prepare the {@link Doc}, run every analyser, let the
 * meaning check (when there is one) veto and add, collect the parts.
 */
public final class Reviewer {

    private static final Label[] LABELS = Label.values();
    /** The semantic layer reads at most this many sentences one by one (and always the whole text). */
    public static final int MAX_SENTENCES = 8;
    /**
     * ...and sentences of at most this many chars in all: each model reads 512 word pieces at a
     * time and a longer input costs a run per 512, so a huge text (a pasted page, random CJK,
     * one char a piece) would otherwise cost dozens of runs of two models. Every text of our
     * labelled sets fits; the rules still read it all.
     */
    public static final int MAX_SENTENCE_CHARS = 1_500;

    private final Lexicon lexicon;
    private final Vocabulary vocabulary;
    private final List<Analyser> analysers;
    private final Parts parts;
    private final MeaningCheck meaning;
    /** How a reflection opens when it repeats the asker's words (lists/reflection_frames.txt). */
    private final Set<String> reflectionFrames;
    /** How the coach's own "[what you would like instead of …]" gap opens (texts.properties). */
    private final String insteadGap;

    public Reviewer(Lexicon lexicon) {
        this(lexicon, null);
    }

    /** {@code meaning} may be null: then the rules decide alone. */
    public Reviewer(Lexicon lexicon, MeaningCheck meaning) {
        this.lexicon = lexicon;
        this.vocabulary = new Vocabulary(lexicon);
        this.analysers = List.of(
                new PhraseAnalyser(lexicon),
                new CriticismAnalyser(vocabulary),
                new ContemptAnalyser(vocabulary),
                new FeelingAnalyser(vocabulary),
                new RequestAnalyser(vocabulary),
                new DismissalAnalyser(vocabulary),
                new ScorekeepingAnalyser(vocabulary));
        this.parts = new Parts(vocabulary);
        this.meaning = meaning;
        this.reflectionFrames = lexicon.list("reflection_frames");
        String instead = lexicon.text("suggest.gap.instead");
        this.insteadGap = instead.substring(0, instead.indexOf("{avoided}"));
    }

    public Analysis analyse(Kind kind, String text) {
        return analyse(kind, text, null);
    }

    /**
     * As above; for a reflection, {@code heard} is what the asker said (null when unknown), so that
     * only the asker's own words said back are forgiven, not a judgment the listener adds.
     */
    public Analysis analyse(Kind kind, String text, String heard) {
        Doc doc = new Doc(text, kind, lexicon, vocabulary);
        Findings findings = new Findings(doc, lexicon);
        for (Analyser analyser : analysers) {
            analyser.analyse(doc, findings);
        }
        forgiveInsteadGaps(doc, findings);
        forgiveQuotes(doc, findings);
        if (meaning != null) {
            secondOpinion(doc, findings);
        }
        if (kind == Kind.REFLECTION) {
            forgiveEchoes(doc, findings, heard); // after both layers: an echo is no criticism, whoever read it
        }
        return parts.of(doc, findings);
    }

    /**
     * A reflection that repeats the asker's words ("so you never get to rest") carries their
     * always and never, and their "it feels like you…"; that is listening, not criticism. Only
     * sentences that open as a reflection are forgiven; a blame added after one is still read.
     * When the asker's words are known, a criticism is forgiven only if its words are theirs:
     * "what I hear is you always complain" to an asker who never said "always" is the
     * listener's verdict, not an echo.
     */
    private void forgiveEchoes(Doc doc, Findings findings, String heard) {
        if (!findings.has(Label.CRITICISM) && !findings.has(Label.DEFENSIVENESS) && !findings.has(Label.FAUX_FEELING)) {
            return;
        }
        for (int[] s : doc.sentenceSpans()) {
            if (opensAsReflection(doc.text.substring(s[0], s[1]))) {
                findings.removeWithin(Label.CRITICISM, s[0], s[1], f -> heard == null || echoes(f.trigger(), heard));
                // "So it felt like I'd checked out on you": the judgment in the feeling is the asker's.
                findings.removeWithin(Label.FAUX_FEELING, s[0], s[1], f -> heard == null || echoes(f.trigger(), heard));
                // The embedding reads "you feel I always take my friends' side" as a defence; when those
                // are the asker's own words, it is their word. Unknown words are not forgiven: "so I'm the
                // problem, again" and "you're saying I never help; I did Sunday" open the same way.
                String sentence = doc.text.substring(s[0], s[1]);
                if (heard != null && echoes(sentence.substring(frameEnd(sentence)), heard)) {
                    findings.removeSemanticWithin(Label.DEFENSIVENESS, s[0], s[1]);
                }
            }
        }
    }

    /**
     * Inside the coach's own "[what you would like instead of raging quit]" gap (a suggestion
     * being re-checked) the partner's activity is named as what to replace: its "quit" or "stop"
     * is no new negative ask.
     */
    private void forgiveInsteadGaps(Doc doc, Findings findings) {
        if (!findings.has(Label.NEGATIVE_REQUEST)) {
            return;
        }
        for (int from = doc.text.indexOf(insteadGap); from >= 0; from = doc.text.indexOf(insteadGap, from + 1)) {
            int close = doc.text.indexOf(']', from);
            findings.removeWithin(Label.NEGATIVE_REQUEST, from, close < 0 ? doc.text.length() : close + 1);
        }
    }

    /**
     * Words in quotation marks are reported, not said: "in your words, 'you're never here'",
     * "I took \"do whatever you want\" literally", "when you called me 'pathetic' I felt small".
     * A rule finding that lies wholly inside quotes is withdrawn; what is said around the quote
     * ("'I feel disrespected'. Gold star.") is still read.
     */
    private static void forgiveQuotes(Doc doc, Findings findings) {
        if (findings.isEmpty()) {
            return;
        }
        java.util.regex.Matcher quote = QUOTED.matcher(doc.text);
        while (quote.find()) {
            int start = quote.start();
            int end = quote.end();
            for (Label label : LABELS) {
                findings.removeWithin(label, start, end, f -> f.end() <= end && f.layer() == Layer.RULES);
            }
        }
    }

    /** Double quotes, curly quotes, and single quotes that are not apostrophes ("you're" stays one word). */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<!\\w)'(?:[^']|(?<=\\w)'(?=\\w))*?'(?!\\w)");

    /** Whether every word of the finding but the pronouns is among the asker's words. */
    static boolean echoes(String found, String heard) {
        java.util.Set<String> theirs = words(heard);
        java.util.Set<String> mine = words(found);
        mine.removeAll(java.util.Set.of("you", "your", "you're", "i", "i'm", "me", "my"));
        return theirs.containsAll(mine);
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private boolean opensAsReflection(String sentence) {
        return frameEnd(sentence) >= 0;
    }

    /**
     * Where what is said back begins, after the frame ("so", "ok, what I'm hearing is"), or -1
     * when the sentence does not open as a reflection.
     */
    private int frameEnd(String sentence) {
        String t = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        int i = 0;
        boolean so = false;
        // "ok, so…", "right. what I hear…": a leading acknowledgement does not change the frame.
        for (String ack : new String[] {"ok ", "ok, ", "okay ", "okay, ", "right, ", "yeah, ", "alright, ", "so ", "so, "}) {
            if (t.startsWith(ack, i)) {
                i += ack.length();
                so |= ack.startsWith("so");
            }
        }
        for (String frame : reflectionFrames) {
            if (t.startsWith(frame, i)) {
                return i + frame.length();
            }
        }
        return so ? i : -1;
    }

    /**
     * The semantic layer's turn. It scores the whole text and, when there are several, each
     * sentence (a sarcastic aside next to a kind ask is diluted in the whole); a label's score
     * is the highest of these. It withdraws rule findings it is confident are wrong and adds
     * the labels the rules missed, on the sentence that scores highest for each.
     */
    private void secondOpinion(Doc doc, Findings findings) {
        double[] whole = meaning.scores(doc.kind, doc.text);
        List<int[]> sentences = doc.sentenceSpans();
        int read = readable(sentences);
        double[][] each = new double[read][];
        if (read > 1) {
            for (int k = 0; k < read; k++) {
                int[] s = sentences.get(k);
                each[k] = meaning.scores(doc.kind, doc.text.substring(s[0], s[1]));
            }
        }
        for (Label label : LABELS) {
            int l = label.ordinal();
            double p = whole[l];
            if (Double.isNaN(p)) {
                continue;
            }
            int best = 0;
            for (int k = 0; read > 1 && k < read; k++) {
                if (each[k][l] > p) {
                    p = each[k][l];
                }
                if (each[k][l] > each[best][l]) {
                    best = k;
                }
            }
            if (findings.has(label) && p < meaning.veto(doc.kind, label)) {
                findings.removeLabel(label);
            } else if (!findings.has(label) && p >= meaning.threshold(doc.kind, label)) {
                int[] span = read > 1 ? sentences.get(best) : new int[] {sentences.get(0)[0], sentences.get(sentences.size() - 1)[1]};
                if (!((label == Label.CRITICISM || label == Label.CONTEMPT) && isPraise(doc, span))
                        && !(label == Label.CRITICISM && !addressesThePartner(doc, span))
                        && !(label == Label.NEGATIVE_REQUEST && !saysNo(doc, span))
                        && !(label == Label.VAGUE_REQUEST && doable(doc, span))
                        // "Not right now. Can we talk after dinner?" asks for a break with a way back.
                        && !(label == Label.STONEWALLING && doc.containsUnnegated(vocabulary.returnOffers))
                        // "I said I'd ring the plumber and I didn't": owning the miss is the antidote itself.
                        && !(label == Label.DEFENSIVENESS && ownsAMiss(doc))
                        && doc.text.substring(span[0], span[1]).indexOf('[') < 0) {
                    findings.addSemantic(label, span[0], span[1]);
                }
            }
        }
    }

    /**
     * Owning one's part (words/owning.txt), or saying what one promised and did not do ("I said
     * I'd ring the plumber and I didn't", words/owned_misses.txt, as the rules read it).
     */
    private boolean ownsAMiss(Doc doc) {
        return doc.containsUnnegated(vocabulary.owning)
                || (SAID_I_WOULD.matcher(doc.text).find() && doc.containsUnnegated(vocabulary.ownedMisses));
    }

    private static final java.util.regex.Pattern SAID_I_WOULD =
            java.util.regex.Pattern.compile("(?i)\\bI said I(?:'|’)?d\\b|\\bI said I would\\b");

    /**
     * The rules know polarity, the embedding hardly does: "you always make me laugh" sits
     * next to "you always forget" in its space. A sentence with a positive predicate or trait
     * and nothing negative, insulting or sarcastic in it is praise, and the semantic layer
     * does not call it criticism or contempt.
     */
    private boolean isPraise(Doc doc, int[] span) {
        boolean positive = false;
        boolean inverted = false;
        for (int i = 0; i < doc.n; i++) {
            if (doc.start(i) < span[0] || doc.end(i) > span[1] || !doc.isWord(i)) {
                continue;
            }
            inverted |= doc.is(i, vocabulary.neverInverting);
            // A double negative praises ("you never let me down", "you never complain"), unless
            // "never fail to" turned it back into "always" ("you never fail to disappoint").
            if (doc.negated[i] && !inverted && doc.is(i, vocabulary.predicatesNegative) && afterYouNever(doc, i)) {
                positive = true;
                i = doc.clauseEnd[i] - 1;
                continue;
            }
            if (doc.is(i, vocabulary.predicatesNegative) || doc.is(i, vocabulary.traitsNegative) || doc.is(i, vocabulary.insults)
                    || doc.is(i, vocabulary.contemptAdjectives) || doc.is(i, vocabulary.sarcasticPraise)
                    || doc.is(i, vocabulary.failureEvents) || doc.negated[i]) {
                return false;
            }
            positive |= doc.is(i, vocabulary.predicatesPositive) || doc.is(i, vocabulary.traitsPositive);
        }
        return positive;
    }

    /**
     * Whether the negation over token i is "you … never" in its own clause: "maybe if you
     * didn't nag so much I'd remember" is no praise, nor "at least I'm not glued to my phone".
     */
    private boolean afterYouNever(Doc doc, int i) {
        boolean never = false;
        for (int k = doc.clauseStart[i]; k < i; k++) {
            if (doc.is(k, vocabulary.absolutesNever)) {
                never = true;
            } else if (doc.is(k, vocabulary.negators) || doc.is(k, vocabulary.clauseOpeners)) {
                return false;
            }
        }
        return never && doc.is(doc.clauseStart[i], vocabulary.you);
    }

    /**
     * "I need you to take the grocery run this week" says what and when; the embedding, which
     * hardly reads times, may still call it vague. A sentence that gives a time, a number or "by"
     * + an action and holds no vague ask of words/vague_asks.txt is doable ("step up this month"
     * is still vague), unless "by" + an action spells the vague ask out ("show me you love me by
     * planning a date on Friday").
     */
    private boolean doable(Doc doc, int[] span) {
        int from = 0;
        while (from < doc.n && doc.start(from) < span[0]) {
            from++;
        }
        int to = from;
        while (to < doc.n && doc.end(to) <= span[1]) {
            to++;
        }
        if (!RequestAnalyser.concrete(doc, vocabulary, from, to)) {
            return false;
        }
        boolean spelledOut = false;
        for (int i = to - 1; i >= from; i--) {
            spelledOut |= RequestAnalyser.byAction(doc, vocabulary, i, to);
            if (!spelledOut && doc.match(i, vocabulary.vagueAsks) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Criticism judges the partner: "My manager never listens" is about someone else. */
    private boolean addressesThePartner(Doc doc, int[] span) {
        for (int i = 0; i < doc.n; i++) {
            if (doc.start(i) >= span[0] && doc.end(i) <= span[1] && (doc.is(i, vocabulary.you) || doc.is(i, vocabulary.your))) {
                return true;
            }
        }
        return false;
    }

    /*
     * A sentence with a "[gap]" holds the coach's own words (a suggestion being re-checked):
     * the embedding reads "[what you would like]" as vague, so the semantic layer adds nothing
     * there; the rules still read the partner's words around the gap.
     */

    /**
     * What one does not want is said with a "not", a "no", a "never" or a verb of ceasing
     * (LABELS.md: stop, don't, quit, no more, never again); a sentence with none of them, such
     * as "because you interrupted me at dinner", asks for nothing one could turn round.
     */
    private boolean saysNo(Doc doc, int[] span) {
        boolean no = false;
        int pairs = 0;
        int others = 0;
        for (int i = 0; i < doc.n; i++) {
            if (doc.start(i) < span[0] || doc.end(i) > span[1] || !doc.isWord(i)) {
                continue;
            }
            no |= doc.negated[i];
            if (doc.is(i, vocabulary.negators) && i + 1 < doc.n && doc.is(i + 1, vocabulary.cessationVerbs)) {
                pairs++;
                i++; // "never stop making those pancakes" asks for more of them: no "no" at all
            } else if (doc.is(i, vocabulary.negators) || doc.is(i, vocabulary.cessationVerbs)) {
                others++;
            }
        }
        return others > 0 || (no && pairs == 0);
    }

    /** The sentences of a text as char spans, as the semantic layer reads them (for training). */
    public List<int[]> sentences(Kind kind, String text) {
        List<int[]> all = new Doc(text, kind, lexicon, vocabulary).sentenceSpans();
        int read = readable(all);
        return read <= 1 ? List.of() : all.subList(0, read);
    }

    /** How many of the first sentences the semantic layer reads one by one. */
    private static int readable(List<int[]> sentences) {
        int read = 0;
        int chars = 0;
        while (read < Math.min(sentences.size(), MAX_SENTENCES)) {
            int[] s = sentences.get(read);
            chars += s[1] - s[0];
            if (chars > MAX_SENTENCE_CHARS && read > 0) {
                break;
            }
            read++;
        }
        return read;
    }

    public Lexicon lexicon() {
        return lexicon;
    }
}
