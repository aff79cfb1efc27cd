package app.tandem.coach.bench;

import app.tandem.coach.semantic.Embedder;
import app.tandem.coach.semantic.SentenceModel;
import app.tandem.coach.semantic.TwoModels;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What one embedding costs: each model alone and the pair the semantic layer reads, wall time
 * and the process's CPU (ONNX Runtime and the common pool work on threads of their own) per
 * text, over {@link CoachBenchmark}'s texts after a warm-up.
 * {@code java -cp coach/target/coach-benchmarks.jar app.tandem.coach.bench.EmbeddingCost}
 */
public final class EmbeddingCost {

    private EmbeddingCost() {
    }

    public static void main(String[] args) {
        SentenceModel miniLm = SentenceModel.miniLm();
        SentenceModel e5 = SentenceModel.e5Small();
        measure("all-MiniLM-L6-v2", miniLm);
        measure("e5-small-v2", e5);
        measure("both (TwoModels)", new TwoModels(miniLm, e5));
    }

    private static void measure(String name, Embedder embedder) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        run(embedder, 0);
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        int n = run(embedder, 1);
        System.out.printf(Locale.ROOT, "%-20s %.2f ms wall, %.2f ms process CPU per text (%d texts)%n", name,
                (System.nanoTime() - wall) / 1e6 / n, (os.getProcessCpuTime() - cpu) / 1e6 / n, n);
    }

    /** Every text, twenty times, each time made new (a number before it) so that nothing is remembered. */
    private static int run(Embedder embedder, int pass) {
        int n = 0;
        for (int k = 0; k < 20; k++) {
            for (String[] text : CoachBenchmark.TEXTS) {
                embedder.embed(pass + "." + k + " " + text[1]);
                n++;
            }
        }
        return n;
    }
}
