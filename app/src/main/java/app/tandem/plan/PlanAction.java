package app.tandem.plan;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.Phrase;
import java.util.EnumSet;
import java.util.Set;

/**
 * The plan's state table: in which stages each action may happen, and the reason when not.
 * Both partners may take every action (a plan is the two of theirs); another couple's plan is
 * not found before this table is asked.
 */
public enum PlanAction {
    /** My own prediction, rewritten as often as I like until both are revealed. */
    PREDICT(EnumSet.of(PlanStage.PREDICTING),
            "plan.why-not.predict"),
    /** Signals' words, agreements, who does what: a change after a signature asks both to sign again. */
    SHAPE(EnumSet.of(PlanStage.PLANNING, PlanStage.SIGNED),
            "plan.why-not.shape"),
    SIGN(EnumSet.of(PlanStage.PLANNING, PlanStage.SIGNED),
            "plan.why-not.sign"),
    /** A signal must never be refused: at the event, nothing else matters. */
    SIGNAL(EnumSet.allOf(PlanStage.class), null),
    DEBRIEF(EnumSet.of(PlanStage.PLANNING, PlanStage.SIGNED),
            "plan.why-not.debrief");

    private final Set<PlanStage> from;
    /** The catalogue key of why not; none for a step that is never refused. */
    private final String refusal;

    PlanAction(Set<PlanStage> from, String refusal) {
        this.from = from;
        this.refusal = refusal;
    }

    public boolean allowedIn(PlanStage stage) {
        return from.contains(stage);
    }

    /** Nothing, or a 409 with the reason. */
    public void check(PlanStage stage) {
        if (!allowedIn(stage)) {
            throw new ConflictException(Phrase.of(refusal));
        }
    }
}
