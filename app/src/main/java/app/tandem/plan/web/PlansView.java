package app.tandem.plan.web;

import app.tandem.kernel.LocalTimes;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Our plans, and the form for a new one. */
public record PlansView(List<PlanSummary> plans, PlanDraft draft, Map<String, String> errors, LocalTimes times,
        Instant now) {

    public List<PlanKind> kinds() {
        return List.of(PlanKind.values());
    }

    public boolean chosen(PlanKind kind) {
        return kind.wireName().equals(draft.kind());
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }
}
