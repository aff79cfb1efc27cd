package app.tandem.coach.semantic;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * The layer's embedding: all-MiniLM-L6-v2 and e5-small-v2 side by side, 384 + 384 dimensions.
 * Each read alone, the heads on either do worse on our held-out sets than the heads on both
 * (docs/coach.md, "Two embeddings"): the two models were trained on different data and err
 * on different texts. Each half is unit length. Thread-safe, as both models are.
 */
public final class TwoModels implements Embedder {

    public static final int DIMENSIONS = 2 * SentenceModel.DIMENSIONS;

    private final Embedder first;
    private final Embedder second;

    public TwoModels(Embedder first, Embedder second) {
        this.first = first;
        this.second = second;
    }

    /** The bundled pair; loads both ONNX models. */
    public static TwoModels bundled() {
        return new TwoModels(SentenceModel.miniLm(), SentenceModel.e5Small());
    }

    /**
     * The second model reads the text on the common pool while the first reads it here: a review
     * waits for the slower model only (e5: 16 ms against 25 ms for both in turn, docs/benchmarks.md),
     * for the same CPU. The pool has a thread per core but one, so under many concurrent reviews
     * e5's share queues there; the app runs the rules alone unless asked.
     */
    @Override
    public float[] embed(String text) {
        CompletableFuture<float[]> other = CompletableFuture.supplyAsync(() -> second.embed(text));
        float[] mine = first.embed(text);
        return concat(mine, other.join());
    }

    /** The two halves one after the other (the trainer joins cached halves the same way). */
    public static float[] concat(float[] a, float[] b) {
        float[] x = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, x, a.length, b.length);
        return x;
    }
}
