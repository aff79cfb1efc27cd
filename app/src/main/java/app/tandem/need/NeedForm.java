package app.tandem.need;

/**
 * The compose form as posted: the three parts and the when ({@code whenKind} is "", "today",
 * "this_week" or "at", with {@code whenAt} a local date-time read as UTC).
 */
public record NeedForm(String feeling, String because, String need, String whenKind, String whenAt) {

    public NeedForm {
        feeling = feeling == null ? "" : feeling;
        because = because == null ? "" : because;
        need = need == null ? "" : need;
        whenKind = whenKind == null ? "" : whenKind;
        whenAt = whenAt == null ? "" : whenAt;
    }

    static NeedForm empty() {
        return new NeedForm("", "", "", "", "");
    }

    static NeedForm of(Need need) {
        When when = need.when();
        String kind = when.period() != null ? when.period().wireName() : when.at() != null ? "at" : "";
        String at = when.at() == null ? "" : when.at().atOffset(java.time.ZoneOffset.UTC).toLocalDateTime().toString();
        return new NeedForm(need.feeling(), need.because(), need.request(), kind, at);
    }

    NeedText text() {
        return new NeedText(feeling, because, need, WhenInput.parse("when", whenKind, whenAt));
    }

    public boolean when(String kind) {
        return whenKind.equals(kind) || kind.isEmpty() && whenKind.equals("none");
    }
}
