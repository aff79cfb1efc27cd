package app.tandem.coach.semantic;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.analysis.MeaningCheck;

/**
 * The coach's semantic layer: embeds the text with {@link TwoModels}, asks each label's head on
 * the embedding ({@link Heads}) and on the text's words ({@link Ngrams}), and mixes the two.
 * Thread-safe and immutable; build it once ({@link #load()} costs the model's start-up).
 */
public final class SemanticLayer implements MeaningCheck {

    private static final Label[] LABELS = Label.values();
    /**
     * The layer reads at most this many chars of a text. The model reads 256 word pieces at a
     * time anyway, and the cap keeps a review of a huge text linear (the rules read it all).
     */
    public static final int MAX_CHARS = 1_500;

    private final Embedder embedder;
    private final Heads heads;
    private final Ngrams ngrams;

    public SemanticLayer(Embedder embedder, Heads heads, Ngrams ngrams) {
        this.embedder = embedder;
        this.heads = heads;
        this.ngrams = ngrams;
    }

    /** How many texts' embeddings are kept: 768 floats each, so about 3 MB. */
    static final int RECENT_TEXTS = 1_024;

    /** The bundled models and heads; loads the two ONNX models (docs/benchmarks.md: start-up). */
    public static SemanticLayer load() {
        return new SemanticLayer(new RecentEmbeddings(TwoModels.bundled(), RECENT_TEXTS), Heads.load(), Ngrams.load());
    }

    /** As {@link #load()}, keeping nothing: every text is embedded each time it is asked about. */
    public static SemanticLayer loadEmbeddingEveryText() {
        return new SemanticLayer(TwoModels.bundled(), Heads.load(), Ngrams.load());
    }

    @Override
    public double[] scores(Kind kind, String text) {
        double[] out = new double[LABELS.length];
        if (text.isBlank()) {
            java.util.Arrays.fill(out, Double.NaN);
            return out; // nothing said, nothing to judge
        }
        java.util.Arrays.fill(out, Double.NaN);
        Heads.Net net = heads.net(kind);
        String read = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        double[] s = mixed(net, ngrams.model(kind), Heads.features(kind, embedder.embed(read)), Ngrams.grams(read));
        for (int k = 0; k < s.length; k++) {
            out[net.heads().get(k).label().ordinal()] = s[k];
        }
        return out;
    }

    /** Per head of the net: the logistic of the net's and the n-gram heads' logits, mixed. */
    static double[] mixed(Heads.Net net, Ngrams.Model words, float[] features, java.util.List<String> grams) {
        double[] z = net.logits(features);
        double[] w = words.logits(grams);
        for (int k = 0; k < z.length; k++) {
            z[k] = 1 / (1 + Math.exp(-(words.mix() * z[k] + (1 - words.mix()) * w[k])));
        }
        return z;
    }

    @Override
    public double threshold(Kind kind, Label label) {
        Heads.Head head = head(kind, label);
        return head == null ? Double.POSITIVE_INFINITY : head.threshold();
    }

    @Override
    public double veto(Kind kind, Label label) {
        Heads.Head head = head(kind, label);
        return head == null ? 0 : head.veto();
    }

    private Heads.Head head(Kind kind, Label label) {
        for (Heads.Head h : heads.net(kind).heads()) {
            if (h.label() == label) {
                return h;
            }
        }
        return null;
    }
}
