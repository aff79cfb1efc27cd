package app.tandem.coach;

import app.tandem.coach.analysis.Analysis;
import app.tandem.coach.analysis.MeaningCheck;
import app.tandem.coach.analysis.Reviewer;
import app.tandem.coach.lexicon.Lexicon;
import app.tandem.coach.semantic.SemanticLayer;
import app.tandem.coach.suggest.Suggester;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The coach: reads what a partner writes and points out criticism, contempt, defensiveness,
 * stonewalling, faux feelings, negative and vague requests, dismissals and scorekeeping, each
 * with where it is, why it matters and what to do instead, plus a kinder wording.
 *
 * <p>Two layers. The rules are precise and explainable: every rule finding names the words
 * that triggered it. The semantic layer (a sentence embedding run in-process, with a trained
 * head per label) reads meaning the rules cannot reach — sarcasm, paraphrase, a tally
 * without the stock phrases — and adds what the rules missed, on the sentence that carries
 * it, or withdraws a rule finding it is confident is wrong. Each {@link Finding} says which
 * {@link Layer} made it. Both are deterministic: the same text always gets the same review.
 *
 * <p>Immutable after construction and safe to share between threads. {@link #standard()}
 * loads the resource files and the ONNX model once per JVM (about 1.5 s; see
 * docs/benchmarks.md); {@link #rulesOnly()} loads only the rules. It never throws on any
 * input, never logs and never prints the text it reads.
 */
public final class Coach {

    private static final class Holder {
        static final Coach STANDARD = withSemanticLayer();
    }

    private static final class RulesHolder {
        static final Coach RULES_ONLY = new Coach(Lexicon.load(), null);
    }

    private final Reviewer reviewer;
    private final Suggester suggester;
    private final boolean semantic;

    private Coach(Lexicon lexicon, MeaningCheck meaning) {
        this.reviewer = new Reviewer(lexicon, meaning);
        this.suggester = new Suggester(lexicon, this::findsNothing);
        this.semantic = meaning != null;
    }

    /**
     * Both layers, loaded once per JVM. Should the model not load on this platform (ONNX
     * Runtime ships natives for Linux, macOS and Windows on x86-64 and ARM), the coach still
     * answers, with the rules alone; {@link #hasSemanticLayer()} tells which.
     */
    public static Coach standard() {
        return Holder.STANDARD;
    }

    /**
     * Both layers, with a model of its own that keeps no recent embeddings: every review embeds
     * afresh. For benchmarks, whose handful of texts would otherwise measure only the memory.
     */
    public static Coach embeddingEveryText() {
        try {
            return new Coach(Lexicon.load(), SemanticLayer.loadEmbeddingEveryText());
        } catch (RuntimeException | LinkageError e) {
            return rulesOnly();
        }
    }

    /** The rules alone: no model, loads in milliseconds, more than 50,000 reviews a second on one core. */
    public static Coach rulesOnly() {
        return RulesHolder.RULES_ONLY;
    }

    /** A coach whose semantic layer is the given check (tests give it a stand-in). */
    static Coach with(MeaningCheck meaning) {
        return new Coach(Lexicon.load(), meaning);
    }

    private static Coach withSemanticLayer() {
        SemanticLayer layer;
        try {
            layer = SemanticLayer.load();
        } catch (RuntimeException | LinkageError e) {
            return rulesOnly();
        }
        return new Coach(Lexicon.load(), layer);
    }

    /** True when this coach reads meaning too, false when the rules decide alone. */
    public boolean hasSemanticLayer() {
        return semantic;
    }

    /** Reviews one text; {@code null} kind is read as a need, {@code null} text as empty. */
    public Review review(Kind kind, String text) {
        Kind k = kind == null ? Kind.NEED : kind;
        String t = text == null ? "" : text;
        Analysis analysis = reviewer.analyse(k, t);
        if (analysis.isClean()) {
            return Review.CLEAN;
        }
        return new Review(analysis.labels(), analysis.findings(), suggester.suggest(k, analysis));
    }

    /**
     * Reviews a reflection of what the asker said ({@code heard}): their own always and never said
     * back are listening; a judgment the listener adds is still read as one.
     */
    public Review reviewReflection(String text, String heard) {
        String t = text == null ? "" : text;
        Analysis analysis = reviewer.analyse(Kind.REFLECTION, t, heard == null ? "" : heard);
        if (analysis.isClean()) {
            return Review.CLEAN;
        }
        return new Review(analysis.labels(), analysis.findings(), suggester.suggest(Kind.REFLECTION, analysis));
    }

    /**
     * Reviews the three fields of a need one by one, so the UI can point at the right one. Each
     * field is read in its place in "I feel ___ because ___, and I need ___"; offsets are into
     * the field's own text.
     */
    public NeedReview reviewNeed(String feeling, String because, String need) {
        FieldReview f = reviewField("I feel ", nonNull(feeling), "i feel", "i'm", "i am", "feeling");
        FieldReview b = reviewField("I feel upset because ", nonNull(because), "because");
        FieldReview n = reviewField("I need ", nonNull(need), "i need", "i'd", "i would", "can you", "could you",
                "would you", "please", "i want");
        if (f.review.isClean() && b.review.isClean() && n.review.isClean()) {
            return new NeedReview(f.review, b.review, n.review, null, null);
        }
        NeedSuggestion parts = suggester.needParts(f.analysis, nonNull(feeling), b.analysis, nonNull(because), n.analysis, nonNull(need));
        return new NeedReview(f.review, b.review, n.review, parts.sentence(), parts);
    }

    private record FieldReview(Review review, Analysis analysis) {
    }

    /**
     * Reads a field behind the words that would stand before it in the whole need, unless the
     * partner already wrote them, and maps the findings back into the field.
     */
    private FieldReview reviewField(String lead, String field, String... alreadyLed) {
        String lower = field.stripLeading().toLowerCase(Locale.ROOT).replace('’', '\'');
        String prefix = lead;
        for (String start : alreadyLed) {
            if (lower.startsWith(start)) {
                prefix = "";
                break;
            }
        }
        Analysis analysis = reviewer.analyse(Kind.NEED, prefix + field);
        if (analysis.isClean()) {
            return new FieldReview(Review.CLEAN, analysis);
        }
        List<Finding> findings = new ArrayList<>();
        EnumSet<Label> labels = EnumSet.noneOf(Label.class);
        int shift = prefix.length();
        for (Finding x : analysis.findings()) {
            int start = Math.max(0, x.start() - shift);
            int end = x.end() - shift;
            if (end <= start) {
                continue;
            }
            findings.add(new Finding(x.label(), start, end, field.substring(start, end), x.explanation(), x.antidote(), x.layer()));
            labels.add(x.label());
        }
        if (labels.isEmpty()) {
            return new FieldReview(Review.CLEAN, analysis);
        }
        String suggestion = suggester.suggest(Kind.NEED, analysis);
        return new FieldReview(new Review(List.copyOf(labels), findings, suggestion), analysis);
    }

    /** What the coach's pipeline found and the parts it can reuse (for tests of the suggestions). */
    Analysis analyse(Kind kind, String text) {
        return reviewer.analyse(kind == null ? Kind.NEED : kind, text == null ? "" : text);
    }

    private boolean findsNothing(Kind kind, String text) {
        return reviewer.analyse(kind, text).isClean();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
