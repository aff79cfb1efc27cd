package app.tandem.partner;

/**
 * A new e-mail address, confirmed by the current password. Once Tandem sends e-mail, the change
 * will wait for a link sent to the new address instead; until then the password is the proof.
 */
record EmailChange(String email, String password) {

    EmailChange {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
    }
}
