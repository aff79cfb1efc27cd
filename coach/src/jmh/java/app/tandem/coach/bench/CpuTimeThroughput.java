package app.tandem.coach.bench;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Reviews per second of CPU time, bytes allocated per review, and the CPU time of single
 * reviews (p50, p99), for the same mix as {@link CoachBenchmark}. JMH measures wall-clock
 * time, which on a shared two-core machine also measures the neighbours; CPU time does not.
 * The rules run on the calling thread, so its CPU time is counted; the model's ONNX Runtime
 * threads are not, so for both layers the whole process's CPU time is counted (run it under
 * {@code taskset -c 0} for one core). Run with
 * {@code java -cp coach/target/coach-benchmarks.jar app.tandem.coach.bench.CpuTimeThroughput [--rules-only]}.
 */
public final class CpuTimeThroughput {

    private CpuTimeThroughput() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        boolean rules = args.length > 0 && args[0].equals("--rules-only");
        Coach coach = rules ? Coach.rulesOnly() : Coach.embeddingEveryText();
        java.util.function.LongSupplier cpu = rules ? threads::getCurrentThreadCpuTime : os::getProcessCpuTime;
        Kind[] kinds = new Kind[CoachBenchmark.TEXTS.length];
        String[] texts = new String[CoachBenchmark.TEXTS.length];
        for (int i = 0; i < texts.length; i++) {
            kinds[i] = Kind.parse(CoachBenchmark.TEXTS[i][0]);
            texts[i] = CoachBenchmark.TEXTS[i][1];
        }
        long budget = rules ? 2_000_000_000L : 10_000_000_000L;
        int sink = 0;
        for (int round = 0; round < 5; round++) {
            long cpu0 = cpu.getAsLong();
            long bytes0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            long[] each = new long[1 << 20];
            int reviews = 0;
            while (cpu.getAsLong() - cpu0 < budget && reviews < each.length - texts.length) {
                for (int i = 0; i < texts.length; i++) {
                    long t = cpu.getAsLong();
                    sink += coach.review(kinds[i], texts[i]).findings().size();
                    each[reviews++] = cpu.getAsLong() - t;
                }
            }
            long used = cpu.getAsLong() - cpu0;
            long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes0;
            long[] sorted = Arrays.copyOf(each, reviews);
            Arrays.sort(sorted);
            System.out.printf("round %d (%s): %,.0f reviews per CPU-second, %,d B per review (this thread), "
                            + "CPU per review p50 %.3f ms, p99 %.3f ms%s%n", round + 1, rules ? "rules only" : "both layers",
                    reviews / (used / 1e9), bytes / reviews, sorted[reviews / 2] / 1e6, sorted[(int) (reviews * 0.99)] / 1e6,
                    round < 2 ? " (warm-up)" : "");
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
