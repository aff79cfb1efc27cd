package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
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
        String what = errors.text("text", Phrase.of("practice.field.text"), text, true);
        LocalDate day = null;
        if (!plannedFor.isEmpty()) {
            try {
                day = LocalDate.parse(plannedFor);
            } catch (DateTimeParseException e) {
                errors.add("plannedFor", Phrase.of("practice.error.planned-for"));
            }
        }
        LocalDate chosen = day;
        return errors.orThrow(() -> new PlanOwn(what, chosen));
    }
}
