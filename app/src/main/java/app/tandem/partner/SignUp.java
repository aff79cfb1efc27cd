package app.tandem.partner;

/** What a new partner types to create an account, on the sign-up page and in the API alike. */
public record SignUp(String email, String displayName, String password) {

    public SignUp {
        email = email == null ? "" : email;
        displayName = displayName == null ? "" : displayName;
        password = password == null ? "" : password;
    }
}
