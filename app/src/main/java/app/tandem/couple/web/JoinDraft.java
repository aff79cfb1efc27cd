package app.tandem.couple.web;

/** An invite code as typed on the join page or sent by an API client; the service reads it (look-alikes, spaces). */
public record JoinDraft(String code) {

    public JoinDraft {
        code = code == null ? "" : code;
    }

    /** What the page shows again after a refusal: a code is short, so anything longer is cut. */
    String shown() {
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
