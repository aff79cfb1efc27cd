package app.tandem.web;

/**
 * What every page's layout needs: who is signed in (null when nobody is) and the CSRF token
 * that every form and every htmx request carries.
 */
public record Page(String partnerName, String csrfParameter, String csrfToken, String csrfHeader) {

    public boolean signedIn() {
        return partnerName != null;
    }
}
