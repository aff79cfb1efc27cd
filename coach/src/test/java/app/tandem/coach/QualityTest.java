package app.tandem.coach;

import static app.tandem.coach.Reviews.COACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The coach's scores, both layers, on every labelled set (docs/coach.md has the tables).
 *
 * <p>Issue 12's bar — macro F1 at least 0.90, every label's recall at least 0.75, at most 3 %
 * false alarms on clean texts — is asserted where it is met: the shared development set. On
 * our own held-out parts it is <b>not</b> met yet (macro F1 0.88, 0.90, 0.92, 0.91 and, on the
 * other writers' texts, 0.88, 0.86 and 0.84; false alarms 6.1 %, 1.6 %, 0 %, 7.4 % and 1.4 %, 0.9 %,
 * 1.9 % there, docs/coach.md);
 * those tests hold the scores reached so that a change cannot lower them unnoticed, and
 * should be raised as the coach improves, never lowered to make a change pass.
 */
class QualityTest {

    /** shared/ sits beside the repository clone, here and in CI; the module dir is the working dir. */
    private static final Path DEV = Path.of("../../shared/coach/dev.jsonl");
    private static final Path OWN = Path.of("src/test/resources/cases.jsonl");
    /** Written after the rules, to see how they generalise; the heads are trained on it since. */
    private static final Path HOLDOUT = Path.of("src/test/resources/holdout.jsonl");
    /** Never trained on: composed from fragments no training text contains. */
    private static final Path HELD_OUT = Path.of("corpus/heldout.jsonl");
    /** Never trained on: written one by one. */
    private static final Path HANDWRITTEN = Path.of("corpus/heldout-handwritten.jsonl");
    /** Never trained on: a second batch written one by one, before issue 12's second part changed anything. */
    private static final Path HANDWRITTEN_2 = Path.of("corpus/heldout-handwritten-2.jsonl");
    /** Never trained on: a third batch written one by one, before the hand-written training texts (handwritten-train.jsonl). */
    private static final Path HANDWRITTEN_3 = Path.of("corpus/heldout-handwritten-3.jsonl");
    /** Never trained or chosen on: two of the twenty other writers (corpus/writers/README.md), whole. */
    private static final Path WRITERS = Path.of("corpus/heldout-writers.jsonl");
    /** Never trained or chosen on: two of the third round's eight writers, whole, scored before that round changed anything. */
    private static final Path WRITERS_2 = Path.of("corpus/heldout-writers-2.jsonl");
    /** Never trained or chosen on: two of the fourth round's eight writers, whole, scored before that round changed anything. */
    private static final Path WRITERS_3 = Path.of("corpus/heldout-writers-3.jsonl");
    /** Never trained or chosen on: two of the fifth round's eight writers, whole, scored before that round changed anything. */
    private static final Path WRITERS_4 = Path.of("corpus/heldout-writers-4.jsonl");
    /** Never trained or chosen on: two of the sixth round's eight writers, whole, scored before that round changed anything. */
    private static final Path WRITERS_5 = Path.of("corpus/heldout-writers-5.jsonl");
    /** Never trained or chosen on: two of the seventh round's eight writers, whole, scored before that round changed anything. */
    private static final Path WRITERS_6 = Path.of("corpus/heldout-writers-6.jsonl");
    /** Never trained or chosen on: two of the eighth round's eight writers, whole, scored before that round changed anything. */
    private static final Path WRITERS_7 = Path.of("corpus/heldout-writers-7.jsonl");
    /** Never trained or chosen on: two of the ninth round's eight writers, whole (all eight were held out until part eleven). */
    private static final Path WRITERS_8 = Path.of("corpus/heldout-writers-8.jsonl");
    /** Never trained or chosen on: all eight writers of the tenth round, scored before that round changed anything. */
    private static final Path WRITERS_9 = Path.of("corpus/heldout-writers-9.jsonl");

    @Test
    void developmentSetMeetsTheBar() {
        assumeTrue(Files.exists(DEV), "shared/coach/dev.jsonl is not beside the repository");
        Score score = score(DEV);
        assertThat(score.macroF1()).as("macro F1").isGreaterThanOrEqualTo(0.90);
        assertThat(score.cleanFalseAlarm()).as("false alarms on clean texts").isLessThanOrEqualTo(0.03);
        score.perLabel().forEach((label, x) -> {
            if (x[3] + x[5] > 0) {
                assertThat(x[1]).as("recall of %s", label).isGreaterThanOrEqualTo(0.75);
            }
        });
    }

    @Test
    void ownCasesScoreWell() {
        assertThat(LabelledSet.read(OWN).items()).hasSizeGreaterThanOrEqualTo(200);
        assertGood(score(OWN), 0.85, 0.05);
        assertGood(score(HOLDOUT), 0.85, 0.05);
    }

    @Test
    void heldOutPartsKeepTheScoresReached() {
        // 20 of its 312 clean texts are flagged, variants of a few: "Oh wow, you finished the marathon! So proud
        // of you." (the word heads read "oh wow" as sarcasm), "You never have to be asked twice" (criticism),
        // "I worked four late shifts this week" (scorekeeping), the rules' "must be nice", and since part nine
        // "It's just a thought, but could I do Fridays instead?" (dismissal). It was 4.5 % before the word heads
        // (part seven), which lowered every other held-out part's false alarms or kept them.
        assertGood(score(HELD_OUT), HELD_OUT_MACRO, 0.065);
        assertGood(score(HANDWRITTEN), HANDWRITTEN_MACRO, 0.05);
        assertGood(score(HANDWRITTEN_2), HANDWRITTEN_2_MACRO, 0.05);
        // 2 of its 54 clean texts are flagged by the rules ("I'm tired too, but…", "Calm down? No, I'd never say that").
        assertGood(score(HANDWRITTEN_3), HANDWRITTEN_3_MACRO, 0.05);
        assertGood(score(WRITERS), WRITERS_MACRO, 0.03);
        assertGood(score(WRITERS_2), WRITERS_2_MACRO, 0.03);
        assertGood(score(WRITERS_3), WRITERS_3_MACRO, 0.03);
        // The fifth and sixth rounds' briefs asked for many hard clean texts (sincere "oh wow", "I'm
        // sure", "bless") and a third reflections: 9 of 214 and 8 of 209 clean texts are flagged,
        // above the bar's 3 % (docs/coach.md, part eight). The ceilings hold what was reached.
        assertGood(score(WRITERS_4), WRITERS_4_MACRO, 0.05);
        assertGood(score(WRITERS_5), WRITERS_5_MACRO, 0.05);
        assertGood(score(WRITERS_6), WRITERS_6_MACRO, WRITERS_6_FALSE_ALARMS);
        assertGood(score(WRITERS_7), WRITERS_7_MACRO, 0.05);
        assertGood(score(WRITERS_8), WRITERS_8_MACRO, 0.05);
        assertGood(score(WRITERS_9), WRITERS_9_MACRO, 0.05);
    }

    /** The scores reached on the held-out parts, less 0.02 for noise between platforms. */
    static final double HELD_OUT_MACRO = 0.86;
    static final double HANDWRITTEN_MACRO = 0.90;
    static final double HANDWRITTEN_2_MACRO = 0.91;
    static final double HANDWRITTEN_3_MACRO = 0.90;
    static final double WRITERS_MACRO = 0.88;
    static final double WRITERS_2_MACRO = 0.86;
    static final double WRITERS_3_MACRO = 0.85;
    static final double WRITERS_4_MACRO = 0.84;
    static final double WRITERS_5_MACRO = 0.84;
    static final double WRITERS_6_MACRO = 0.85;
    /** Most of its flagged clean texts are the rules' (docs/coach.md, part nine). */
    static final double WRITERS_6_FALSE_ALARMS = 0.06;
    static final double WRITERS_7_MACRO = 0.86;
    static final double WRITERS_8_MACRO = 0.83;
    static final double WRITERS_9_MACRO = 0.82;

    private static Score score(Path set) {
        LabelledSet items = LabelledSet.read(set);
        return Score.of(items, Score.predict(COACH, items));
    }

    private static void assertGood(Score score, double macro, double falseAlarms) {
        assertThat(score.macroF1()).as("macro F1").isGreaterThanOrEqualTo(macro);
        assertThat(score.cleanFalseAlarm()).as("false alarms on clean texts").isLessThanOrEqualTo(falseAlarms);
    }
}
