package app.tandem.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review time grows linearly with the text. Each adversarial text is timed (in CPU time) at N
 * and 16N chars, best of several alternating runs after a JIT warm-up. Linear growth gives a ratio near 16 and quadratic
 * growth near 256, so a bound of 64 leaves room for a factor of four of noise from a busy
 * machine and still catches any quadratic path.
 *
 * <p>The rules alone are timed: they read every char. The semantic layer reads at most
 * {@code SemanticLayer.MAX_CHARS} of the text and of each of at most
 * {@code Reviewer.MAX_SENTENCES} sentences, so its cost is bounded whatever the length
 * ({@link #theSemanticLayerReadsABoundedPartOfAHugeText}); and its ONNX threads are not this
 * thread, so this thread's CPU time could not measure it anyway.
 */
class LinearTimeTest {

    private static final Coach COACH = Coach.rulesOnly();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int N = 1_000;

    private static final List<String> UNITS = List.of(
            "but ", "yeah, but ", "I feel I feel ", "you never you always ", "please don't not ", "every time you ",
            "stop stop ", "I need you to ", "oh oh well ", "whatever, ", "a", "I cooked all week so ",
            "You're so selfish. I need you to be more present. ");

    /** Compiles the review path before anything is timed, so that no run pays for the JIT. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUpTheJit() {
        for (int pass = 0; pass < 3; pass++) {
            for (String unit : UNITS) {
                for (Kind kind : Kind.values()) {
                    time(kind, RobustnessProperties.repeatTo(unit, N), 40);
                    time(kind, RobustnessProperties.repeatTo(unit, 16 * N), 2);
                }
            }
        }
    }

    @Test
    void reviewTimeGrowsLinearlyWithTheText() {
        for (String unit : UNITS) {
            String small = RobustnessProperties.repeatTo(unit, N);
            String large = RobustnessProperties.repeatTo(unit, 16 * N);
            for (Kind kind : Kind.values()) {
                // Small and large runs alternate so that both see the same JIT and GC state.
                long bestSmall = Long.MAX_VALUE;
                long bestLarge = Long.MAX_VALUE;
                for (int round = 0; round < 16; round++) {
                    long s = time(kind, small, 4);
                    long l = time(kind, large, 1);
                    if (round >= 6) {
                        bestSmall = Math.min(bestSmall, s);
                        bestLarge = Math.min(bestLarge, l);
                    }
                }
                double ratio = (double) bestLarge / Math.max(1, bestSmall / 4);
                assertThat(ratio).as("16x the text of \"%s\" (%s)", unit, kind).isLessThan(64.0);
            }
        }
    }

    @Test
    void theSemanticLayerReadsABoundedPartOfAHugeText() {
        java.util.concurrent.atomic.AtomicLong chars = new java.util.concurrent.atomic.AtomicLong();
        app.tandem.coach.semantic.SemanticLayer layer = new app.tandem.coach.semantic.SemanticLayer(text -> {
            chars.addAndGet(text.length());
            return new float[app.tandem.coach.semantic.TwoModels.DIMENSIONS];
        }, app.tandem.coach.semantic.Heads.load(), app.tandem.coach.semantic.Ngrams.load());
        Coach coach = Coach.with(layer);
        coach.review(Kind.NEED, RobustnessProperties.repeatTo("You never listen. I feel like you don't care. ", 20_000));
        long small = chars.getAndSet(0);
        coach.review(Kind.NEED, RobustnessProperties.repeatTo("You never listen. I feel like you don't care. ", 320_000));
        assertThat(chars.get()).isLessThanOrEqualTo(small);
    }

    @Test
    void tenThousandCharsAreReviewedQuickly() {
        String text = RobustnessProperties.repeatTo("You never listen, but I feel like you don't care. Stop it! ", 10_000);
        warmUp(Kind.NEED, text, text);
        assertThat(best(Kind.NEED, text)).isLessThan(200_000_000L);
    }

    /**
     * CPU time of this thread, not wall-clock time: on a shared machine the thread may wait
     * for a core, and that wait says nothing about the coach.
     */
    private static long time(Kind kind, String text, int times) {
        long t = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            COACH.review(kind, text);
        }
        return CPU.getCurrentThreadCpuTime() - t;
    }

    private static void warmUp(Kind kind, String a, String b) {
        for (int i = 0; i < 10; i++) {
            COACH.review(kind, a);
            COACH.review(kind, b);
        }
    }

    private static long best(Kind kind, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 9; i++) {
            long t = CPU.getCurrentThreadCpuTime();
            COACH.review(kind, text);
            COACH.review(kind, text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - t);
        }
        return best;
    }
}
