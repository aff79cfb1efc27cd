package app.tandem.partner;

/** The sign-in page's state. {@code waitMessage} is set when sign-ins are throttled. */
public record SignInView(boolean failed, boolean signedOut, String waitMessage) {}
