package app.tandem.partner;

/**
 * A partner asked to move to a new e-mail address; {@code link}, sent to that address once the
 * transaction has committed, confirms it. Never logged: the link is a key.
 */
public record EmailChangeRequested(long partnerId, String newEmail, String displayName, String link) {

    @Override
    public String toString() {
        return "EmailChangeRequested[partnerId=" + partnerId + "]";
    }
}
