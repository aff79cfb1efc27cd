package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.practice.PlanOwn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A plan of my own as submitted: what, and optionally a day as yyyy-mm-dd. */
public record PlanDraft(String text, String plannedFor) {

    public PlanDraft {
        text = text == null ? "" : text;
        plannedFor = plannedFor == null ? "" : plannedFor.strip();
    }

    PlanOwn toCommand() {
        FieldErrors errors = new FieldErrors();
        String what = errors.text("text", "What you will do for yourself", text, true);
        LocalDate day = null;
        if (!plannedFor.isEmpty()) {
            try {
                day = LocalDate.parse(plannedFor);
            } catch (DateTimeParseException e) {
                errors.add("plannedFor", "The day is not a date; use the date picker, or yyyy-mm-dd.");
            }
        }
        LocalDate chosen = day;
        return errors.orThrow(() -> new PlanOwn(what, chosen));
    }
}
