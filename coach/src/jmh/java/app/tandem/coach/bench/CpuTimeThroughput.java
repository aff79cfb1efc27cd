package app.tandem.coach.bench;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import java.lang.management.ManagementFactory;

/**
 * Reviews per second of CPU time on one thread, and bytes allocated per review, for the same
 * mix as {@link CoachBenchmark}. JMH measures wall-clock time, which on a shared two-core
 * machine also measures the neighbours; CPU time of the measuring thread does not. Run with
 * {@code java -cp coach/target/coach-benchmarks.jar app.tandem.coach.bench.CpuTimeThroughput}.
 */
public final class CpuTimeThroughput {

    private CpuTimeThroughput() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // "--rules-only": the rules alone. Both layers: the model's ONNX threads run outside this
        // thread, so their CPU time is not counted here; use JMH under taskset for those.
        Coach coach = args.length > 0 && args[0].equals("--rules-only") ? Coach.rulesOnly() : Coach.standard();
        Kind[] kinds = new Kind[CoachBenchmark.TEXTS.length];
        String[] texts = new String[CoachBenchmark.TEXTS.length];
        for (int i = 0; i < texts.length; i++) {
            kinds[i] = Kind.parse(CoachBenchmark.TEXTS[i][0]);
            texts[i] = CoachBenchmark.TEXTS[i][1];
        }
        int sink = 0;
        for (int round = 0; round < 6; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long bytes0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            int reviews = 0;
            while (threads.getCurrentThreadCpuTime() - cpu0 < 2_000_000_000L) {
                for (int i = 0; i < texts.length; i++) {
                    sink += coach.review(kinds[i], texts[i]).findings().size();
                }
                reviews += texts.length;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes0;
            System.out.printf("round %d: %,.0f reviews per CPU-second, %,d B per review%s%n", round + 1,
                    reviews / (cpu / 1e9), bytes / reviews, round < 2 ? " (warm-up)" : "");
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
