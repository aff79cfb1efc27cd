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
 * A BERT-style sentence model from an ONNX file and its tokenizer on the classpath, run by
 * langchain4j's encoder (word pieces, mean pooling, unit length). The session runs on the
 * calling thread only: ONNX Runtime's default is a pool of a thread per core whose threads
 * spin between runs, which with two models and a server's own threads doubled the CPU a
 * review costs for no shorter wait (docs/benchmarks.md, coach).
 */
final class OnnxModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    OnnxModel(String modelResource, String tokenizerResource) {
        super(null);
        try (InputStream model = resource(modelResource); InputStream tokenizer = resource(tokenizerResource)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + modelResource, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return MiniLm.DIMENSIONS;
    }

    /** The unit-length embedding of a text the model can read. */
    float[] vector(String text) {
        return embed(text).content().vector();
    }
}
