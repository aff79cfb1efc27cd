package app.tandem.partner;

/** The current password and the new one, as the account page posts them and the API sends them. */
record PasswordChange(String currentPassword, String newPassword) {

    PasswordChange {
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
    }
}
