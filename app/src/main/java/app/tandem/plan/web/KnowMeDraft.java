package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.plan.KnowMeKind;
import app.tandem.plan.NewKnowMeItem;

/** A note for my list: {@code kind} "hard" or "helps", the text, and whether my partner may see it. */
public record KnowMeDraft(String kind, String text, Boolean shared) {

    static final int MAX = 500;

    public KnowMeDraft {
        kind = kind == null ? "" : kind;
        text = text == null ? "" : text;
        shared = shared != null && shared;
    }

    NewKnowMeItem toCommand() {
        FieldErrors errors = new FieldErrors();
        KnowMeKind k = KnowMeKind.parse(kind);
        if (k == null) {
            errors.add("kind", Phrase.of("plan.error.kind"));
        }
        String t = errors.text("text", Phrase.of("plan.field.text"), text, true);
        if (t != null && t.length() > MAX) {
            errors.add("text", Phrase.of("plan.error.note.too-long", MAX));
        }
        return errors.orThrow(() -> new NewKnowMeItem(k, t, shared));
    }
}
