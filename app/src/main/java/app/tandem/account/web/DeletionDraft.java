package app.tandem.account.web;

/** "Delete my account", confirmed with the password, on the page and in the API alike. */
public record DeletionDraft(String password) {

    public DeletionDraft {
        password = password == null ? "" : password;
    }
}
