package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
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
            errors.add("kind", "A note is “hard” (hard for me) or “helps” (helps me).");
        }
        String t = errors.text("text", "The note", text, true);
        if (t != null && t.length() > MAX) {
            errors.add("text", "A note is at most " + MAX + " characters.");
        }
        return errors.orThrow(() -> new NewKnowMeItem(k, t, shared));
    }
}
