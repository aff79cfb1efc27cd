package app.tandem.coach.semantic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the embeddings of the texts seen last. A live review is asked again at every pause in
 * typing, and each time the layer embeds the whole text and each of its sentences: the earlier
 * sentences have not changed, and a suggestion is reviewed once more before it is offered. At
 * some 50 ms an embedding here, that repetition is most of the layer's cost. Bounded (least
 * recently used first out); an embedding is computed outside the lock, so two threads may at
 * worst compute the same one twice. Vectors are shared: callers must not write to them.
 */
public final class RecentEmbeddings implements Embedder {

    private final Embedder embedder;
    private final Map<String, float[]> recent;

    public RecentEmbeddings(Embedder embedder, int capacity) {
        this.embedder = embedder;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        synchronized (recent) {
            float[] kept = recent.get(text);
            if (kept != null) {
                return kept;
            }
        }
        float[] vector = embedder.embed(text);
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
