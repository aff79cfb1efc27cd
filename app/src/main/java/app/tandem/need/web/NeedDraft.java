package app.tandem.need.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import app.tandem.need.Need;
import app.tandem.need.NeedText;

/**
 * A need as written, on the compose page and in the API alike. {@code send} is the API's
 * "send at once" (the page has its own buttons).
 */
public record NeedDraft(String feeling, String because, String need, WhenDraft when, Boolean send) {

    public NeedDraft {
        feeling = feeling == null ? "" : feeling;
        because = because == null ? "" : because;
        need = need == null ? "" : need;
        when = when == null ? WhenDraft.UNSAID : when;
    }

    static NeedDraft of(Need need, LocalTimes times) {
        return new NeedDraft(need.feeling(), need.because(), need.request(), WhenDraft.of(need.when(), times), null);
    }

    NeedDraft withParts(String feeling, String because, String need) {
        return new NeedDraft(feeling, because, need, when, send);
    }

    boolean sendNow() {
        return Boolean.TRUE.equals(send);
    }

    /** Every part checked, all at once; a draft may leave parts empty, a need that is sent may not. */
    NeedText toText(boolean sending, LocalTimes times) {
        FieldErrors errors = new FieldErrors();
        String feelingText = errors.text("feeling", NeedText.FEELING, feeling, sending);
        String becauseText = errors.text("because", NeedText.BECAUSE, because, sending);
        String needText = errors.text("need", NeedText.NEED, need, sending);
        var whenParsed = errors.parse(() -> when.toWhen("when", times));
        return errors.orThrow(() -> new NeedText(feelingText, becauseText, needText, whenParsed));
    }

    /** For the coach only: the when does not matter to it, and may not parse yet. */
    NeedText forCoach() {
        return new NeedText(feeling, because, need, null);
    }
}
