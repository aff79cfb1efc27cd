package app.tandem.need.web;

import app.tandem.coach.Label;
import app.tandem.need.Need;
import app.tandem.need.NeedAction;
import app.tandem.web.CoachNote;
import app.tandem.web.TextDraft;
import app.tandem.web.Text;
import app.tandem.need.When;
import app.tandem.kernel.LocalTimes;
import java.util.Locale;
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
        return when(need.when(), times, said, now);
    }

    /** When the listener offered it, anchored to the day of the answer. */
    public String answerWhenWords(app.tandem.kernel.LocalTimes times) {
        return need.answer().map(a -> when(a.when(), times, a.answeredAt(), now)).orElse("");
    }

    /** The when in the reader's language, a period anchored to its day ("heute (Di., 1. Dez. 2026)"). */
    static String when(When when, app.tandem.kernel.LocalTimes times, java.time.Instant said, java.time.Instant now) {
        When.Anchored anchored = when.anchored(times, said, now);
        if (anchored == null) {
            return when(when, times);
        }
        String key = switch (anchored.kind()) {
            case TODAY -> "need.when.anchored.today";
            case THAT_DAY -> "need.when.anchored.thatDay";
            case THIS_WEEK -> "need.when.anchored.thisWeek";
            case WEEK_OF -> "need.when.anchored.weekOf";
        };
        return Text.current().t(key, times.day(anchored.day()));
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

    /** "Yes", "Another way", "Not now", in the page's language. */
    public String answerWords() {
        return need.answer().map(a -> Text.current().t("need.answerKind." + a.kind().name().toLowerCase(Locale.ROOT)))
                .orElse("");
    }

    /** "today", "this week", or the moment in the reader's zone and language; "" when unsaid. */
    public static String when(When when, LocalTimes times) {
        if (when.at() != null) {
            return times.momentInZone(when.at());
        }
        return when.period() == null ? "" : Text.current().t("need.when." + when.period().wireName());
    }

    /** The coach's labels as names, for showing what it noted when the need was sent. */
    public static String labelNames(List<String> wireNames) {
        return String.join(", ", wireNames.stream().map(w -> CoachNote.name(Label.fromWireName(w))).toList());
    }
}
