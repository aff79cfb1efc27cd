package app.tandem.partner;

/** A new display name, as the account page posts it and the API sends it; checked as at sign-up. */
record NameChange(String displayName) {

    NameChange {
        displayName = displayName == null ? "" : displayName;
    }
}
