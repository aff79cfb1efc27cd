package app.tandem.need;

/** What the asker writes: "I feel {@code feeling} because {@code because}, and I need {@code request}", and when. */
public record NeedText(String feeling, String because, String request, When when) {

    public NeedText {
        feeling = feeling == null ? "" : feeling;
        because = because == null ? "" : because;
        request = request == null ? "" : request;
        when = when == null ? When.UNSAID : when;
    }
}
