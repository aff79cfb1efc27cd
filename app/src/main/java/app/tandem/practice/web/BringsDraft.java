package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.practice.BringsText;

/** My side of what each brings as submitted: what you bring me, what I bring you; one line an item. */
public record BringsDraft(String youBring, String iBring) {

    public BringsDraft {
        youBring = youBring == null ? "" : youBring;
        iBring = iBring == null ? "" : iBring;
    }

    BringsText toCommand() {
        FieldErrors errors = new FieldErrors();
        String you = errors.text("youBring", Phrase.of("practice.field.you-bring"), youBring, false);
        String me = errors.text("iBring", Phrase.of("practice.field.i-bring"), iBring, false);
        if (!errors.has("youBring") && !errors.has("iBring") && you.isEmpty() && me.isEmpty()) {
            errors.add("youBring", Phrase.of("practice.error.you-bring"));
        }
        return errors.orThrow(() -> new BringsText(you, me));
    }
}
