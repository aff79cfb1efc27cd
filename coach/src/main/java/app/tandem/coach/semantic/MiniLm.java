package app.tandem.coach.semantic;

/**
 * all-MiniLM-L6-v2, quantised, as shipped inside the langchain4j artifact and run in-process
 * by ONNX Runtime ({@link OnnxModel}): 384 dimensions, mean-pooled, normalised. Nothing is
 * downloaded; the ONNX session is thread-safe, so one instance serves every thread. The
 * semantic layer reads it beside e5-small-v2 ({@link TwoModels}).
 */
public final class MiniLm implements Embedder {

    public static final int DIMENSIONS = 384;

    private final OnnxModel model = new OnnxModel("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json");

    @Override
    public float[] embed(String text) {
        // The model rejects a blank text; a lone full stop embeds as "nothing said".
        try {
            return model.vector(text.isBlank() ? "." : text);
        } catch (IllegalArgumentException e) {
            return model.vector("."); // nothing the model can read (no word pieces)
        }
    }
}
