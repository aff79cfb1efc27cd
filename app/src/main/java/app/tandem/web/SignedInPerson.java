package app.tandem.web;

/** What the page layout needs to know of whoever is signed in. */
public interface SignedInPerson {

    long id();

    String displayName();
}
