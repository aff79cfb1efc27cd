package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import java.time.Instant;

/** When we debrief, in the partner's zone (or an ISO date-time with its offset). */
public record DebriefTimeDraft(String at) {

    public DebriefTimeDraft {
        at = at == null ? "" : at.strip();
    }

    Instant toCommand(LocalTimes times) {
        FieldErrors errors = new FieldErrors();
        Instant when = TimeInput.read(errors, "at", at, times);
        return errors.orThrow(() -> when);
    }
}
