package app.tandem.need;

/** What the asker writes: "I feel {@code feeling} because {@code because}, and I need {@code request}", and when. */
public record NeedText(String feeling, String because, String request, When when, Recurrence recurrence) {

    /** The parts' names in messages: "“I feel” is empty. Write a few words." */
    public static final String FEELING = "“I feel”";
    public static final String BECAUSE = "“Because”";
    public static final String NEED = "“I need”";

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
