package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.need.NeedText;
import app.tandem.need.When;

/**
 * A need for next week as written in the state of us, or after the self-soothing step: "I feel",
 * "because", "I need", all three required, since it is sent at once.
 */
public record NextWeekNeedDraft(String feeling, String because, String need) {

    public NextWeekNeedDraft {
        feeling = feeling == null ? "" : feeling;
        because = because == null ? "" : because;
        need = need == null ? "" : need;
    }

    NeedText toText() {
        return new NeedText(feeling, because, need, When.UNSAID);
    }

    NeedText toCommand() {
        FieldErrors errors = new FieldErrors();
        String f = errors.text("feeling", NeedText.FEELING, feeling, true);
        String b = errors.text("because", NeedText.BECAUSE, because, true);
        String n = errors.text("need", NeedText.NEED, need, true);
        return errors.orThrow(() -> new NeedText(f, b, n, When.UNSAID));
    }
}
