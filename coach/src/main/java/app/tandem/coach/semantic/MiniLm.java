package app.tandem.coach.semantic;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantised, as shipped inside the langchain4j artifact and run in-process
 * by ONNX Runtime: 384 dimensions, mean-pooled, normalised. Nothing is downloaded; the ONNX
 * session is thread-safe, so one instance serves every thread. Loading costs about 1.5 s and
 * some 100 MB of native memory (docs/benchmarks.md), so it is made once per JVM. The semantic
 * layer reads it beside e5-small-v2 ({@link TwoModels}).
 */
public final class MiniLm implements Embedder {

    public static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        // The model rejects a blank text; a lone full stop embeds as "nothing said".
        try {
            return model.embed(text.isBlank() ? "." : text).content().vector();
        } catch (IllegalArgumentException e) {
            return model.embed(".").content().vector(); // nothing the model can read (no word pieces)
        }
    }
}
