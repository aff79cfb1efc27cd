package app.tandem.coach.bench;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What loading the coach costs: wall time of {@link Coach#rulesOnly()} and of
 * {@link Coach#standard()} (the ONNX model and the heads) and of the first review, heap in use
 * after a GC, and the process's resident memory (Linux /proc) after each step. Run each mode
 * in a fresh JVM:
 * {@code java -cp coach/target/coach-benchmarks.jar app.tandem.coach.bench.StartupCost [--rules-only]}.
 */
public final class StartupCost {

    private StartupCost() {
    }

    public static void main(String[] args) throws Exception {
        boolean rules = args.length > 0 && args[0].equals("--rules-only");
        report("JVM started");
        long t0 = System.nanoTime();
        Coach coach = rules ? Coach.rulesOnly() : Coach.standard();
        long t1 = System.nanoTime();
        report(String.format("%s loaded in %.0f ms", rules ? "rules-only" : "standard (both layers)", (t1 - t0) / 1e6));
        coach.review(Kind.NEED, "You never help with the kids. I need you to do bath time.");
        long t2 = System.nanoTime();
        report(String.format("first review in %.0f ms", (t2 - t1) / 1e6));
    }

    private static void report(String step) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        String rss = "?";
        Path status = Path.of("/proc/self/status");
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = line.substring(6).trim();
                }
            }
        }
        System.out.printf("%-40s heap in use %,d KB, resident %s%n", step, heap / 1024, rss);
    }
}
