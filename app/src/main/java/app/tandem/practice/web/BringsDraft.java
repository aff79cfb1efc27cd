package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.practice.BringsText;

/** My side of what each brings as submitted: what you bring me, what I bring you; one line an item. */
public record BringsDraft(String youBring, String iBring) {

    public BringsDraft {
        youBring = youBring == null ? "" : youBring;
        iBring = iBring == null ? "" : iBring;
    }

    BringsText toCommand() {
        FieldErrors errors = new FieldErrors();
        String you = errors.text("youBring", "What your partner brings", youBring, false);
        String me = errors.text("iBring", "What you bring", iBring, false);
        if (!errors.has("youBring") && !errors.has("iBring") && you.isEmpty() && me.isEmpty()) {
            errors.add("youBring", "Write at least one thing your partner brings, or one you bring.");
        }
        return errors.orThrow(() -> new BringsText(you, me));
    }
}
