package app.tandem.need;

import app.tandem.web.CoachNote;
import java.util.List;
import java.util.Map;

/** The compose page: the form as it stands, the coach's notes on it, and any field's error. */
public record ComposeView(Long draftId, String partnerName, NeedForm form, List<CoachNote> notes, String suggestion,
        NeedForm suggested, Map<String, String> errors) {

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
