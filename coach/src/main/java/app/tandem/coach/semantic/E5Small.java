package app.tandem.coach.semantic;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * e5-small-v2, quantised: 12 layers, 384 dimensions, mean-pooled and normalised, from the
 * model and tokenizer files inside the langchain4j artifact, run in-process by ONNX Runtime.
 * e5 was trained with a "query: " prefix on every text it is asked to compare or classify,
 * so each text gets it. Thread-safe; loading costs the ONNX session's start-up once per JVM.
 */
public final class E5Small implements Embedder {

    private static final String PREFIX = "query: ";

    private final Model model = new Model();

    @Override
    public float[] embed(String text) {
        String said = text.isBlank() ? "." : text;
        try {
            return model.embed(PREFIX + said).content().vector();
        } catch (IllegalArgumentException e) {
            return model.embed(PREFIX + ".").content().vector(); // nothing the model can read
        }
    }

    private static final class Model extends AbstractInProcessEmbeddingModel {
        private static final OnnxBertBiEncoder ENCODER =
                loadFromJar("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN);

        Model() {
            super(null);
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return ENCODER;
        }

        @Override
        protected Integer knownDimension() {
            return MiniLm.DIMENSIONS;
        }
    }
}
