package app.tandem.partner;

/**
 * What a new partner types to create an account, on the sign-up page and in the API alike, and
 * the time zone their browser reported (the page fills a hidden field by script; empty without).
 */
public record SignUp(String email, String displayName, String password, String timeZone) {

    public SignUp {
        email = email == null ? "" : email;
        displayName = displayName == null ? "" : displayName;
        password = password == null ? "" : password;
        timeZone = timeZone == null ? "" : timeZone;
    }

    public SignUp(String email, String displayName, String password) {
        this(email, displayName, password, "");
    }

    /**
     * The browser's zone when it is one we know, else UTC: the partner never sees the hidden
     * field, so a zone it cannot fix must not stop the sign-up. The account page shows the zone.
     */
    java.time.ZoneId zone() {
        return TimeZones.parse(timeZone).orElse(java.time.ZoneOffset.UTC);
    }
}
