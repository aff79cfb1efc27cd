package app.tandem.coach.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A BERT-style sentence model, quantised ONNX with its tokenizer, from the files inside the
 * langchain4j artifacts (nothing is downloaded), run in-process by ONNX Runtime through
 * langchain4j's encoder: word pieces, mean pooling, unit length, 384 dimensions. Thread-safe:
 * one instance serves every thread. Each session runs on the calling thread: ONNX Runtime's
 * default is a pool of a thread per core whose threads spin between runs, which with two
 * models doubled the CPU a review cost for no shorter wait (docs/benchmarks.md, coach).
 */
public final class SentenceModel implements Embedder {

    public static final int DIMENSIONS = 384;

    private final Encoder encoder;
    private final String prefix;

    private SentenceModel(String model, String tokenizer, String prefix) {
        this.encoder = new Encoder(model, tokenizer);
        this.prefix = prefix;
    }

    /** all-MiniLM-L6-v2: 6 layers. */
    public static SentenceModel miniLm() {
        return new SentenceModel("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", "");
    }

    /** e5-small-v2: 12 layers, trained with "query: " before every text it classifies. */
    public static SentenceModel e5Small() {
        return new SentenceModel("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", "query: ");
    }

    @Override
    public float[] embed(String text) {
        // The encoder rejects a blank text, or one with no word piece it can read: a lone full
        // stop embeds as "nothing said".
        try {
            return encoder.vector(prefix + (text.isBlank() ? "." : text));
        } catch (IllegalArgumentException e) {
            return encoder.vector(prefix + ".");
        }
    }

    private static final class Encoder extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder bert;

        Encoder(String modelResource, String tokenizerResource) {
            super(null);
            try (InputStream model = resource(modelResource); InputStream tokenizer = resource(tokenizerResource)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                this.bert = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load " + modelResource, e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = SentenceModel.class.getResourceAsStream("/" + name);
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return bert;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }

        float[] vector(String text) {
            return embed(text).content().vector();
        }
    }
}
