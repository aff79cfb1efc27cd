package app.tandem.need.web;

import app.tandem.coach.Label;
import app.tandem.need.Need;
import app.tandem.need.NeedAction;
import app.tandem.web.CoachNote;
import app.tandem.web.TextDraft;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A need's page, for whichever partner opens it: the need, the reflections so far, the answer,
 * and the one thing this partner can do now. {@code draft} is what they submitted last (an
 * {@link AnswerDraft} or a {@link TextDraft}), shown again with its {@code errors};
 * {@code answerNotes} is the coach's review of the answer being written.
 */
public record NeedView(Need need, long me, String askerName, String listenerName, Object draft,
        Map<String, String> errors, List<CoachNote> answerNotes, String answerSuggestion, java.time.Instant now) {

    /** When the asker wants it, anchored to the day they sent it ("today" a week on names its day). */
    public String whenWords(app.tandem.kernel.LocalTimes times) {
        java.time.Instant said = need.sentAt() != null ? need.sentAt() : need.createdAt();
        return need.when().words(times, said, now);
    }

    /** When the listener offered it, anchored to the day of the answer. */
    public String answerWhenWords(app.tandem.kernel.LocalTimes times) {
        return need.answer().map(a -> a.when().words(times, a.answeredAt(), now)).orElse("");
    }

    /** The error key under which a stale tab's submission says what changed meanwhile. */
    static final String STALE = app.tandem.web.Forms.STALE;

    /** Ends a clause where the sentence adds its own comma or full stop, so none is doubled. */
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:]+$");

    /** What changed while a stale tab was open, when its submission could not go through; empty otherwise. */
    public String staleChange() {
        return errors.getOrDefault(STALE, "");
    }

    private String stale() {
        return staleChange();
    }

    /** What a stale submission carried, when no form on the page shows it any more. */
    public String typedAndNowHomeless() {
        if (stale().isEmpty() || canReflect() || canConfirm() || canAnswer() || canThank()) {
            return "";
        }
        return draft instanceof AnswerDraft a ? a.text() : text();
    }

    public String because() {
        return clause(need.because());
    }

    public String request() {
        return clause(need.request());
    }

    /** The request ends the sentence: a full stop, unless it ends with its own "?" or "!". */
    public String ending() {
        return !need.when().said() && request().matches(".*[?!]$") ? "" : ".";
    }

    static String clause(String part) {
        return TRAILING.matcher(part).replaceAll("");
    }

    /** "You" on the asker's own page, their name on the partner's. */
    public String askerSubject() {
        return mine() ? "You" : askerName;
    }

    /** "Your answer" on the listener's own page, "Kai's answer" on the asker's. */
    public String answerOwner() {
        return mine() ? listenerName + "'s" : "Your";
    }

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

    public boolean canMarkOccurrence() {
        return can(NeedAction.MARK_OCCURRENCE);
    }

    public boolean canEnd() {
        return can(NeedAction.END);
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
