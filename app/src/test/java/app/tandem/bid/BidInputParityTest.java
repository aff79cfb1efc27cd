package app.tandem.bid;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bid and a response to it: the same bad input gets the same field errors on the page and in the API. */
class BidInputParityTest extends IntegrationTest {

    private static final String LONG = "y".repeat(2_001);

    private TestCouple couple;
    private Cookie robinSession;
    private Cookie kaiSession;

    @BeforeEach
    void aCoupleSignedIn() throws Exception {
        couple = aCouple();
        robinSession = WebSessions.signIn(mvc, couple.robin());
        kaiSession = WebSessions.signIn(mvc, couple.kai());
    }

    @Test
    void makingABid() throws Exception {
        for (String text : List.of("", " \n\t ", LONG)) {
            assertSameErrors(robinSession, couple.robin(), "/bids", "/api/v1/bids", Map.of("text", text));
        }
    }

    @Test
    void respondingToABid() throws Exception {
        long id = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea on the balcony?"))
                .body().get("id").asLong();
        for (Map<String, String> response : List.of(Map.of("response", "", "text", ""),
                Map.of("response", "sideways", "text", "Hmm"), Map.of("response", "toward", "text", LONG),
                Map.of("response", "<b>toward</b>", "text", "<script>alert(1)</script>"))) {
            assertSameErrors(kaiSession, couple.kai(), "/bids/" + id + "/response", "/api/v1/bids/" + id + "/response",
                    response);
        }
    }

    private void assertSameErrors(Cookie session, TestPartner partner, String page, String api,
            Map<String, String> input) throws Exception {
        new InputParity(mvc, api()).assertSameErrors(session, partner.token(), page, api, input);
    }

}
