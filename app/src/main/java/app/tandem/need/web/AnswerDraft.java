package app.tandem.need.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.need.AnswerKind;
import app.tandem.need.AnswerNeed;
import app.tandem.need.When;

/** The listener's answer as submitted: {@code kind} is "yes", "other_way" or "not_now". */
public record AnswerDraft(String kind, String text, WhenDraft when) {

    public static final AnswerDraft EMPTY = new AnswerDraft("", "", WhenDraft.UNSAID);

    public AnswerDraft {
        kind = kind == null ? "" : kind;
        text = text == null ? "" : text;
        when = when == null ? WhenDraft.UNSAID : when;
    }

    AnswerDraft withText(String other) {
        return new AnswerDraft(kind, other, when);
    }

    /** Another way must say which; not now must say when to talk. */
    AnswerNeed toCommand(LocalTimes times) {
        FieldErrors errors = new FieldErrors();
        AnswerKind parsed = AnswerKind.parse(kind);
        if (parsed == null) {
            errors.add("kind", Phrase.of("need.error.kind"));
        }
        String answer = errors.text("text", Phrase.of("need.field.text"), text, parsed == AnswerKind.OTHER_WAY);
        When answerWhen = errors.parse(() -> when.toWhen("when", times));
        if (parsed == AnswerKind.NOT_NOW && answerWhen != null && !answerWhen.said()) {
            errors.add("when", Phrase.of("need.error.when"));
        }
        return errors.orThrow(() -> new AnswerNeed(parsed, answer, answerWhen));
    }
}
