package app.tandem.partner;

/** What a new partner types to create an account. */
public record SignUp(String email, String displayName, String password) {}
