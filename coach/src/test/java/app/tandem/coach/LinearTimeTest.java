package app.tandem.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review time grows linearly with the text. Each adversarial text is timed at N and 4N chars
 * (best of several runs, after warm-up, to keep it steady on a busy machine); linear growth
 * gives a ratio near 4, quadratic near 16, so the bound of 10 is generous and still catches
 * a quadratic path.
 */
class LinearTimeTest {

    private static final Coach COACH = Coach.standard();
    private static final int N = 2_500;

    private static final List<String> UNITS = List.of(
            "but ", "yeah, but ", "I feel I feel ", "you never you always ", "please don't not ", "every time you ",
            "stop stop ", "I need you to ", "oh oh well ", "whatever, ", "a", "I cooked all week so ",
            "You're so selfish. I need you to be more present. ");

    @Test
    void reviewTimeGrowsLinearlyWithTheText() {
        for (String unit : UNITS) {
            String small = RobustnessProperties.repeatTo(unit, N);
            String large = RobustnessProperties.repeatTo(unit, 4 * N);
            for (Kind kind : Kind.values()) {
                warmUp(kind, small, large);
                double ratio = (double) best(kind, large) / Math.max(1, best(kind, small));
                assertThat(ratio).as("4x the text of \"%s\" (%s)", unit, kind).isLessThan(10.0);
            }
        }
    }

    @Test
    void tenThousandCharsAreReviewedQuickly() {
        String text = RobustnessProperties.repeatTo("You never listen, but I feel like you don't care. Stop it! ", 10_000);
        warmUp(Kind.NEED, text, text);
        assertThat(best(Kind.NEED, text)).isLessThan(200_000_000L);
    }

    private static void warmUp(Kind kind, String a, String b) {
        for (int i = 0; i < 20; i++) {
            COACH.review(kind, a);
            COACH.review(kind, b);
        }
    }

    private static long best(Kind kind, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 9; i++) {
            long t = System.nanoTime();
            COACH.review(kind, text);
            best = Math.min(best, System.nanoTime() - t);
        }
        return best;
    }
}
