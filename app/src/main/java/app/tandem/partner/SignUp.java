package app.tandem.partner;

/**
 * What a new partner types to create an account, on the sign-up page and in the API alike, and
 * the time zone and language their browser reported (the page fills hidden fields by script;
 * empty without).
 */
public record SignUp(String email, String displayName, String password, String timeZone, String language) {

    public SignUp {
        email = email == null ? "" : email;
        displayName = displayName == null ? "" : displayName;
        password = password == null ? "" : password;
        timeZone = timeZone == null ? "" : timeZone;
        language = language == null ? "" : language;
    }

    public SignUp(String email, String displayName, String password) {
        this(email, displayName, password, "", "");
    }

    public SignUp(String email, String displayName, String password, String timeZone) {
        this(email, displayName, password, timeZone, "");
    }

    /** The same sign-up, in the language the request asked for when the browser's field said none. */
    SignUp orLanguage(java.util.Locale asked) {
        return locale().isPresent() || asked == null ? this
                : new SignUp(email, displayName, password, timeZone, app.tandem.web.Languages.tag(asked));
    }

    /**
     * The browser's language when Tandem speaks it (a partner may choose only English or German);
     * else none, and the pages follow the browser's Accept-Language until the partner chooses.
     */
    java.util.Optional<java.util.Locale> locale() {
        return app.tandem.web.Languages.parseChosen(language);
    }

    /**
     * The browser's zone when it is one we know, else UTC: the partner never sees the hidden
     * field, so a zone it cannot fix must not stop the sign-up. The account page shows the zone.
     */
    java.time.ZoneId zone() {
        return TimeZones.parse(timeZone).orElse(java.time.ZoneOffset.UTC);
    }
}
