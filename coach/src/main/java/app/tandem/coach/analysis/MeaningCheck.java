package app.tandem.coach.analysis;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;

/**
 * A second opinion on a text from its meaning rather than its words (the semantic layer).
 * The rules ask it which labels a text carries, and whether a label they found is one it is
 * confident is wrong.
 */
public interface MeaningCheck {

    /** Per label (by ordinal): the probability that the text carries it, or NaN where this check does not judge the label for the kind. */
    double[] scores(Kind kind, String text);

    /** At or above this score the label is found. */
    double threshold(Kind kind, Label label);

    /** Below this score a rule finding of the label is withdrawn (0 means never). */
    double veto(Kind kind, Label label);
}
