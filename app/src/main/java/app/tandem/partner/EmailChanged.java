package app.tandem.partner;

/**
 * A partner's sign-in address changed: the old address is told, so a change the partner did not
 * make does not pass unseen. Never logged: the addresses are personal.
 */
public record EmailChanged(long partnerId, String oldEmail, String displayName) {

    @Override
    public String toString() {
        return "EmailChanged[partnerId=" + partnerId + "]";
    }
}
