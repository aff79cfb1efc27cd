package app.tandem.coach.semantic;

/**
 * e5-small-v2, quantised: 12 layers, 384 dimensions, from the model and tokenizer files inside
 * the langchain4j artifact, run in-process by ONNX Runtime ({@link OnnxModel}). e5 was trained
 * with a "query: " prefix on every text it is asked to compare or classify, so each text gets
 * it. Thread-safe; loading costs the ONNX session's start-up once per instance.
 */
public final class E5Small implements Embedder {

    private static final String PREFIX = "query: ";

    private final OnnxModel model = new OnnxModel("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json");

    @Override
    public float[] embed(String text) {
        try {
            return model.vector(PREFIX + (text.isBlank() ? "." : text));
        } catch (IllegalArgumentException e) {
            return model.vector(PREFIX + "."); // nothing the model can read
        }
    }
}
