package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.plan.NewPlan;
import app.tandem.plan.PlanKind;

/** A plan to start, as the form posts it and the JSON carries it; {@code startsAt} in the partner's zone. */
public record PlanDraft(String kind, String title, String startsAt, String place) {

    static final int MAX_TITLE = 120;

    public PlanDraft {
        kind = kind == null ? "" : kind.strip();
        title = title == null ? "" : title;
        startsAt = startsAt == null ? "" : startsAt.strip();
        place = place == null ? "" : place;
    }

    NewPlan toCommand(LocalTimes times) {
        FieldErrors errors = new FieldErrors();
        PlanKind parsed = PlanKind.parse(kind.isEmpty() ? "other" : kind);
        if (parsed == null) {
            errors.add("kind", Phrase.of("plan.error.kind.choose-one-of"));
        }
        String t = errors.text("title", Phrase.of("plan.field.title"), title, true);
        if (t != null && t.length() > MAX_TITLE) {
            errors.add("title", Phrase.of("plan.error.title.too-long", MAX_TITLE));
        }
        var at = TimeInput.read(errors, "startsAt", startsAt, times);
        String p = errors.text("place", Phrase.of("plan.field.place"), place, false);
        return errors.orThrow(() -> new NewPlan(parsed, t, at, p == null ? "" : p));
    }
}
