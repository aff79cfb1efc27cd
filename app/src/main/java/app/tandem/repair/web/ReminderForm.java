package app.tandem.repair.web;

import java.util.List;
import java.util.Map;

/** The "remind my partner" page: the draft as typed, the commitments in force, and the draft's errors. */
public record ReminderForm(ReminderDraft draft, List<String> commitments, Map<String, String> errors) {

    public String error(String field) {
        return errors.get(field);
    }

    public boolean quotes(String commitment) {
        return commitment.equals(draft.commitment().strip());
    }
}
