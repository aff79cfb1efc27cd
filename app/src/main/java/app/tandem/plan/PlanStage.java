package app.tandem.plan;

/**
 * Where a plan is: each partner predicting privately, then (both revealed) making the plan
 * together, then signed by both. Worked out from the rows, never stored.
 */
public enum PlanStage {
    PREDICTING, PLANNING, SIGNED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
