package app.tandem.practice;

import java.util.List;

/**
 * The check-in's statements, version 1. Written for Tandem, deliberately not taken from a
 * validated attachment scale (those are licensed for research, not apps): the result is a
 * mirror to think with, never a diagnosis. Changing a statement means a new version, so that
 * earlier check-ins keep the meaning they were taken with.
 */
public final class CheckInStatements {

    public static final int VERSION = 1;
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;

    public static final List<Statement> ALL = List.of(
            new Statement(1, "When I need help, I would rather work it out alone than ask.", -1),
            new Statement(2, "When my partner pulls back a little, I worry about what it means for us.", 1),
            new Statement(3, "I feel uneasy when my partner does something for me I could do myself.", -1),
            new Statement(4, "My mood depends a lot on how my partner seems to feel about me.", 1),
            new Statement(5, "When things get hard, I go quiet and handle it on my own.", -1),
            new Statement(6, "I have given up friends, interests or plans to be with my partner more.", 1),
            new Statement(7, "I keep my worries to myself so as not to burden my partner.", -1),
            new Statement(8, "I find it hard to enjoy time apart from my partner.", 1),
            new Statement(9, "Needing someone feels like a weakness to me.", -1),
            new Statement(10, "I often ask my partner for reassurance that we are all right.", 1),
            new Statement(11, "When my partner comes close after time apart, I want some room first.", -1),
            new Statement(12, "I say yes to what my partner wants even when I would like something else.", 1));

    private CheckInStatements() {}

    /**
     * From -100 (every going-it-alone statement very like me, no other) to 100 (the reverse):
     * the difference between how much the two kinds of statement sound like the partner.
     */
    static int position(List<Integer> answers) {
        double alone = mean(answers, -1);
        double fused = mean(answers, 1);
        return (int) Math.round((fused - alone) * 100.0 / (SCALE_MAX - SCALE_MIN));
    }

    private static double mean(List<Integer> answers, int pole) {
        return ALL.stream().filter(s -> s.pole() == pole).mapToInt(s -> answers.get(s.number() - 1)).average()
                .orElse(0);
    }
}
