package app.tandem.need;

import app.tandem.web.CoachNote;
import java.util.List;
import java.util.Map;

/**
 * A need's page, for whichever partner opens it: the need, the reflections so far, the answer,
 * and the one thing this partner can do now. {@code answerNotes} is the coach's review of the
 * answer being written.
 */
public record NeedView(Need need, long me, String askerName, String listenerName, Map<String, String> errors,
        Map<String, String> values, List<CoachNote> answerNotes, String answerSuggestion) {

    public boolean mine() {
        return need.askedBy(me);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean can(String action) {
        return need.can(action, me);
    }

    public String answerWords() {
        return need.answer().map(a -> switch (a.kind()) {
            case YES -> "Yes";
            case OTHER_WAY -> "Another way";
            case NOT_NOW -> "Not now";
        }).orElse("");
    }

    /** The coach's labels as names, for showing what it noted when the need was sent. */
    public static String labelNames(List<String> wireNames) {
        return String.join(", ", wireNames.stream().map(w -> CoachNote.name(app.tandem.coach.Label.fromWireName(w)))
                .toList());
    }
}
