package app.tandem.coach.bench;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The live review as the app asks for it: the composer sends the whole text again at each
 * pause in typing, here every three words, to the standard coach (both layers, keeping recent
 * embeddings, as the app holds it). Wall time per review, p50 / p90 / p99, over the sixteen
 * texts of {@link CoachBenchmark} typed out a few times each (the first time warms the JIT
 * and is not counted; every round types texts the coach has not seen: each round's texts
 * begin with another name, as a partner's words differ from anyone's before).
 * {@code java -cp coach/target/coach-benchmarks.jar app.tandem.coach.bench.LiveTyping}
 */
public final class LiveTyping {

    private static final int WORDS_PER_PAUSE = 3;

    private LiveTyping() {
    }

    public static void main(String[] args) {
        Coach coach = Coach.standard();
        String[] names = {"Kai", "Robin", "Sam", "Alex"};
        for (int round = 0; round < names.length; round++) {
            List<Double> millis = new ArrayList<>();
            for (String[] text : CoachBenchmark.TEXTS) {
                typeOut(coach, Kind.parse(text[0]), names[round] + ", " + text[1], millis);
            }
            if (round > 0) {
                print(round, millis);
            }
        }
    }

    private static void typeOut(Coach coach, Kind kind, String text, List<Double> millis) {
        String[] words = text.split(" ");
        for (int end = WORDS_PER_PAUSE; end < words.length + WORDS_PER_PAUSE; end += WORDS_PER_PAUSE) {
            String typed = String.join(" ", Arrays.copyOf(words, Math.min(end, words.length)));
            long t0 = System.nanoTime();
            coach.review(kind, typed);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
    }

    private static void print(int round, List<Double> millis) {
        double[] m = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "round %d: %d live reviews, wall p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                round, m.length, at(m, 0.50), at(m, 0.90), at(m, 0.99), m[m.length - 1]);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }
}
