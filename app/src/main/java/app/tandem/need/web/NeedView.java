package app.tandem.need.web;

import app.tandem.coach.Label;
import app.tandem.need.Need;
import app.tandem.need.NeedAction;
import app.tandem.web.CoachNote;
import app.tandem.web.TextDraft;
import java.util.List;
import java.util.Map;

/**
 * A need's page, for whichever partner opens it: the need, the reflections so far, the answer,
 * and the one thing this partner can do now. {@code draft} is what they submitted last (an
 * {@link AnswerDraft} or a {@link TextDraft}), shown again with its {@code errors};
 * {@code answerNotes} is the coach's review of the answer being written.
 */
public record NeedView(Need need, long me, String askerName, String listenerName, Object draft,
        Map<String, String> errors, List<CoachNote> answerNotes, String answerSuggestion) {

    public boolean mine() {
        return need.askedBy(me);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** The text being written in whichever one-text form the page shows (only one shows at a time). */
    public String text() {
        return draft instanceof TextDraft t ? t.text() : "";
    }

    public AnswerDraft answer() {
        return draft instanceof AnswerDraft a ? a : AnswerDraft.EMPTY;
    }

    public boolean canReflect() {
        return can(NeedAction.REFLECT);
    }

    /** Confirming and clarifying a reflection are offered together. */
    public boolean canConfirm() {
        return can(NeedAction.CONFIRM);
    }

    public boolean canAnswer() {
        return can(NeedAction.ANSWER_YES);
    }

    public boolean canFollowThrough() {
        return can(NeedAction.MARK_MET);
    }

    public boolean canThank() {
        return can(NeedAction.THANK);
    }

    private boolean can(NeedAction action) {
        return need.can(action, me);
    }

    public String answerWords() {
        return need.answer().map(a -> a.kind().words()).orElse("");
    }

    /** The coach's labels as names, for showing what it noted when the need was sent. */
    public static String labelNames(List<String> wireNames) {
        return String.join(", ", wireNames.stream().map(w -> CoachNote.name(Label.fromWireName(w))).toList());
    }
}
