package app.tandem.need.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.need.Need;
import app.tandem.need.NeedText;
import app.tandem.need.Recurrence;

/**
 * A need as written, on the compose page and in the API alike. {@code send} is the API's
 * "send at once" (the page has its own buttons).
 */
public record NeedDraft(String feeling, String because, String need, WhenDraft when, Boolean send, String repeats) {

    public NeedDraft {
        feeling = feeling == null ? "" : feeling;
        because = because == null ? "" : because;
        need = need == null ? "" : need;
        when = when == null ? WhenDraft.UNSAID : when;
        repeats = repeats == null ? "" : repeats.strip();
    }

    NeedDraft(String feeling, String because, String need, WhenDraft when, Boolean send) {
        this(feeling, because, need, when, send, "");
    }

    /** Whether the page's "how often" choice is {@code choice} ("once" for none). */
    public boolean repeatsIs(String choice) {
        return repeats.equalsIgnoreCase(choice) || choice.equals("once") && repeats.isEmpty();
    }

    static NeedDraft of(Need need, LocalTimes times) {
        return new NeedDraft(need.feeling(), need.because(), need.request(), WhenDraft.of(need.when(), times), null,
                need.recurrence().wireName());
    }

    NeedDraft withParts(String feeling, String because, String need) {
        return new NeedDraft(feeling, because, need, when, send, repeats);
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
        Recurrence recurrence = Recurrence.parse(repeats);
        if (recurrence == null) {
            errors.add("repeats", Phrase.of("need.error.repeats"));
        }
        return errors.orThrow(() -> new NeedText(feelingText, becauseText, needText, whenParsed, recurrence));
    }

    /** For the coach only: the when does not matter to it, and may not parse yet. */
    NeedText forCoach() {
        return new NeedText(feeling, because, need, null);
    }
}
