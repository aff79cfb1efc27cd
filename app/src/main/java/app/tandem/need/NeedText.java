package app.tandem.need;

import app.tandem.kernel.Phrase;

/** What the asker writes: "I feel {@code feeling} because {@code because}, and I need {@code request}", and when. */
public record NeedText(String feeling, String because, String request, When when, Recurrence recurrence) {

    /** The parts' names in messages: "“I feel” is empty. Write a few words." */
    public static final Phrase FEELING = Phrase.of("need.field.feeling");
    public static final Phrase BECAUSE = Phrase.of("need.field.because");
    public static final Phrase NEED = Phrase.of("need.field.need");

    public NeedText {
        feeling = feeling == null ? "" : feeling;
        because = because == null ? "" : because;
        request = request == null ? "" : request;
        when = when == null ? When.UNSAID : when;
        recurrence = recurrence == null ? Recurrence.ONCE : recurrence;
    }

    /** A one-off ask. */
    public NeedText(String feeling, String because, String request, When when) {
        this(feeling, because, request, when, Recurrence.ONCE);
    }
}
