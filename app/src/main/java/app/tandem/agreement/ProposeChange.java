package app.tandem.agreement;

import java.util.List;

/**
 * A partner's proposed version, checked by its input: the text as they want it (the why trimmed,
 * the commitments trimmed, without blanks or repeats, within the limits below), and the version
 * number they were looking at when they started editing (0 when there was none yet).
 */
public record ProposeChange(int baseNumber, String why, List<String> commitments) {

    public static final int MAX_WHY = 2_000;
    public static final int MAX_COMMITMENT = 300;
    /** Fewer are easier to live by. */
    public static final int MAX_COMMITMENTS = 20;

    public ProposeChange {
        commitments = List.copyOf(commitments);
    }
}
