package app.tandem.need;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page and the API of every need action bind the same input and check it once: the same
 * bad input gets the same field errors, whichever way it comes.
 */
class NeedInputParityTest extends IntegrationTest {

    private static final String LONG = "x".repeat(2_001);

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
    void sendingANeed() throws Exception {
        for (Map<String, Object> need : List.of(
                need("", "", "", null),
                need(LONG, "the week was long", "you to cook", null),
                need("tired", "the week was long", "you to cook", Map.of("period", "someday")),
                need("tired", "the week was long", "you to cook", Map.of("period", "at", "at", "")),
                need("tired", "", "<script>alert(1)</script>", Map.of("at", "next tuesday")))) {
            Map<String, Object> body = new LinkedHashMap<>(need);
            body.put("send", true);
            assertSameErrors(robinSession, couple.robin(), "/needs", "/api/v1/needs", formOf(need, "action", "send"),
                    body);
        }
    }

    @Test
    void reflecting() throws Exception {
        long id = couple.needIn(NeedStatus.SENT).id();
        for (String text : List.of("", "   ", LONG)) {
            assertSameErrors(kaiSession, couple.kai(), "/needs/" + id + "/reflection",
                    "/api/v1/needs/" + id + "/reflection", Map.of("text", text), Map.of("text", text));
        }
    }

    @Test
    void clarifying() throws Exception {
        long id = couple.needIn(NeedStatus.REFLECTED).id();
        for (String text : List.of("", LONG)) {
            assertSameErrors(robinSession, couple.robin(), "/needs/" + id + "/reflection/clarify",
                    "/api/v1/needs/" + id + "/reflection/clarify", Map.of("text", text), Map.of("text", text));
        }
    }

    @Test
    void answering() throws Exception {
        long id = couple.needIn(NeedStatus.HEARD).id();
        for (Map<String, Object> answer : List.of(
                answer("", "", null),
                answer("maybe", "Sure", null),
                answer("other_way", "", null),
                answer("not_now", "Later", null),
                answer("yes", LONG, Map.of("period", "nonsense")),
                answer("YES", "Yes", Map.of("period", "at", "at", "31/12/2026")))) {
            assertSameErrors(kaiSession, couple.kai(), "/needs/" + id + "/answer", "/api/v1/needs/" + id + "/answer",
                    formOf(answer), answer);
        }
    }

    @Test
    void markingTheFollowThrough() throws Exception {
        long id = couple.needIn(NeedStatus.ANSWERED_YES).id();
        for (String outcome : List.of("", "perhaps", "met!")) {
            assertSameErrors(robinSession, couple.robin(), "/needs/" + id + "/follow-through",
                    "/api/v1/needs/" + id + "/follow-through", Map.of("outcome", outcome), Map.of("outcome", outcome));
        }
    }

    @Test
    void thanking() throws Exception {
        long id = couple.needIn(NeedStatus.MET).id();
        for (String text : List.of("", LONG)) {
            assertSameErrors(robinSession, couple.robin(), "/needs/" + id + "/thanks",
                    "/api/v1/needs/" + id + "/thanks", Map.of("text", text), Map.of("text", text));
        }
    }

    private void assertSameErrors(Cookie session, TestPartner partner, String page, String api,
            Map<String, String> form, Map<String, Object> json) throws Exception {
        new InputParity(mvc, api()).assertSameErrors(session, partner.token(), page, "POST", api, form, json);
    }


    private static Map<String, Object> need(String feeling, String because, String need, Map<String, String> when) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("feeling", feeling, "because", because, "need", need));
        if (when != null) {
            body.put("when", when);
        }
        return body;
    }

    private static Map<String, Object> answer(String kind, String text, Map<String, String> when) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("kind", kind, "text", text));
        if (when != null) {
            body.put("when", when);
        }
        return body;
    }

    /** The JSON body as the page's form posts it: a nested "when" becomes when.period and when.at. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> formOf(Map<String, Object> body, String... extra) {
        Map<String, String> form = new LinkedHashMap<>();
        body.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                ((Map<String, String>) nested).forEach((k, v) -> form.put(key + "." + k, v));
            } else {
                form.put(key, String.valueOf(value));
            }
        });
        for (int i = 0; i < extra.length; i += 2) {
            form.put(extra[i], extra[i + 1]);
        }
        return form;
    }
}
