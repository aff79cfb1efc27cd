package app.tandem.couple;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.WebSessions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Joining with a bad code, and deleting one's account with a wrong password: page and API say the same. */
class JoinInputParityTest extends IntegrationTest {

    @Test
    void joiningWithACodeThatIsNotOne() throws Exception {
        TestPartner sam = aPartner("Sam");
        var session = WebSessions.signIn(mvc, sam);
        for (String code : List.of("", "   ", "not a code at all", "ZZZZ-ZZZZ", "<script>", "😀😀😀😀-😀😀😀😀")) {
            new InputParity(mvc, api()).assertSameErrors(session, sam.token(), "/join", "/api/v1/couple/join",
                    Map.of("code", code));
        }
    }

    @Test
    void deletingAnAccountWithoutTheRightPassword() throws Exception {
        TestPartner sam = aPartner("Sam");
        var session = WebSessions.signIn(mvc, sam);
        for (String password : List.of("", "not the password")) {
            new InputParity(mvc, api()).assertSameErrors(session, sam.token(), "/account/delete", "DELETE",
                    "/api/v1/me", Map.of("password", password), Map.of("password", password));
        }
    }
}
