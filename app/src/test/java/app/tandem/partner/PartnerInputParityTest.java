package app.tandem.partner;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.WebSessions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing up, renaming and changing the password: page and API bind one record and say the same. */
class PartnerInputParityTest extends IntegrationTest {

    @Test
    void signingUpWithWhatCannotBeAnAccount() throws Exception {
        TestPartner taken = aPartner("Sam");
        for (Map<String, String> signUp : List.of(Map.of("email", "", "displayName", "", "password", ""),
                Map.of("email", "not an address", "displayName", "x".repeat(61), "password", "password"),
                Map.of("email", taken.email(), "displayName", "Sam", "password", "a long walk on the beach again"),
                Map.of("email", "new@example.org", "displayName", "<b>Sam</b>", "password", "          "))) {
            new InputParity(mvc, api()).assertSameErrors(null, null, "/sign-up", "POST", "/api/v1/partners",
                    signUp, signUp);
        }
    }

    @Test
    void renamingAndChangingThePasswordWrongly() throws Exception {
        TestPartner sam = aPartner("Sam");
        var session = WebSessions.signIn(mvc, sam);
        for (String name : List.of("", "   ", "y".repeat(61))) {
            new InputParity(mvc, api()).assertSameErrors(session, sam.token(), "/account/name", "PUT",
                    "/api/v1/me/display-name", Map.of("displayName", name), Map.of("displayName", name));
        }
        for (Map<String, String> change : List.of(Map.of("currentPassword", "wrong", "newPassword", "a fine new password"),
                Map.of("currentPassword", sam.password(), "newPassword", "short"))) {
            new InputParity(mvc, api()).assertSameErrors(session, sam.token(), "/account/password", "PUT",
                    "/api/v1/me/password", change, change);
        }
    }
}
