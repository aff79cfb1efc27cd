package app.tandem.need.web;

import app.tandem.web.CoachNote;
import java.util.List;
import java.util.Map;

/**
 * The compose page: the need as written, the coach's notes on it, its suggestion (whole, and
 * as the three parts when it has them), and any field's error.
 */
public record ComposeView(Long draftId, String partnerName, NeedDraft form, List<CoachNote> notes, String suggestion,
        NeedDraft suggested, Map<String, String> errors) {

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public String action() {
        return draftId == null ? "/needs" : "/needs/" + draftId + "/edit";
    }

    public List<Feelings.Family> feelings() {
        return Feelings.FAMILIES;
    }
}
