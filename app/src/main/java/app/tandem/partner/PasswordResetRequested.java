package app.tandem.partner;

/**
 * A partner asked for a password reset link. Published after the token is stored; whoever sends
 * e-mail sends {@code link} once the transaction has committed. Never logged: the link is a key.
 */
public record PasswordResetRequested(long partnerId, String email, String displayName, String link) {

    @Override
    public String toString() {
        return "PasswordResetRequested[partnerId=" + partnerId + "]";
    }
}
