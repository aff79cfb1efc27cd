package app.tandem.practice;

import java.util.List;

/**
 * The check-in's statements, version 1. Written for Tandem, deliberately not taken from a
 * validated attachment scale (those are licensed for research, not apps): the result is a
 * mirror to think with, never a diagnosis. Changing a statement means a new version, so that
 * earlier check-ins keep the meaning they were taken with. The words are in the message
 * catalogues ({@code practice.checkIn.statement.v1.<number>}); here is only which way each pulls.
 */
public final class CheckInStatements {

    public static final int VERSION = 1;
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;

    public static final List<Statement> ALL = List.of(
            new Statement(1, -1),
            new Statement(2, 1),
            new Statement(3, -1),
            new Statement(4, 1),
            new Statement(5, -1),
            new Statement(6, 1),
            new Statement(7, -1),
            new Statement(8, 1),
            new Statement(9, -1),
            new Statement(10, 1),
            new Statement(11, -1),
            new Statement(12, 1));

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
