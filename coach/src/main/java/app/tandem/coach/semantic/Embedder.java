package app.tandem.coach.semantic;

/** Turns a text into a unit-length sentence embedding. Implementations are thread-safe. */
@FunctionalInterface
public interface Embedder {
    float[] embed(String text);
}
