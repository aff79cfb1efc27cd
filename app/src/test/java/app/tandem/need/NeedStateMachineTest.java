package app.tandem.need;

import static app.tandem.need.NeedApiTest.need;
import static app.tandem.need.NeedApiTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every action, by each partner, in every status: the one the story allows succeeds, the
 * wrong partner gets 404, and the right partner at the wrong time gets 409 — and the need
 * stays where it was.
 */
class NeedStateMachineTest extends IntegrationTest {

    enum Who { ASKER, LISTENER }

    record Action(String name, Who who, Set<String> allowedIn, BiFunction<Long, String, Response> call) {}

    private TestPartner asker;
    private TestPartner listener;
    /** One need per status for the refused actions, which must leave it as it was. */
    private final Map<String, Long> untouched = new HashMap<>();

    private List<Action> actions() {
        return List.of(
                new Action("edit", Who.ASKER, Set.of("draft"), (id, t) -> api().put("/api/v1/needs/" + id, t,
                        need("hopeful", "spring is here", "a walk with you on Sunday", null, null))),
                new Action("discard", Who.ASKER, Set.of("draft"), (id, t) -> api().delete("/api/v1/needs/" + id, t)),
                new Action("send", Who.ASKER, Set.of("draft"), (id, t) -> api().post(path(id, "send"), t, "")),
                new Action("reflect", Who.LISTENER, Set.of("sent"),
                        (id, t) -> api().post(path(id, "reflection"), t, Map.of("text", "What I hear is…"))),
                new Action("confirm", Who.ASKER, Set.of("reflected"),
                        (id, t) -> api().post(path(id, "reflection/confirm"), t, "")),
                new Action("clarify", Who.ASKER, Set.of("reflected"),
                        (id, t) -> api().post(path(id, "reflection/clarify"), t, Map.of("text", "Not quite: …"))),
                new Action("answer", Who.LISTENER, Set.of("heard", "answered_not_now"),
                        (id, t) -> api().post(path(id, "answer"), t, Map.of("kind", "yes"))),
                new Action("follow through", Who.ASKER, Set.of("answered_yes", "answered_other_way"),
                        (id, t) -> api().post(path(id, "follow-through"), t, Map.of("outcome", "met"))),
                new Action("thank", Who.ASKER, Set.of("met"),
                        (id, t) -> api().post(path(id, "thanks"), t, Map.of("text", "Thank you."))));
    }

    private static final List<String> STATUSES = List.of("draft", "sent", "reflected", "heard", "answered_yes",
            "answered_other_way", "answered_not_now", "met", "missed");

    @TestFactory
    List<DynamicTest> everyActionInEveryStatusByEachPartner() {
        TestCouple couple = aCouple();
        asker = couple.robin();
        listener = couple.kai();
        List<DynamicTest> tests = new ArrayList<>();
        for (String status : STATUSES) {
            for (Action action : actions()) {
                for (Who who : Who.values()) {
                    tests.add(DynamicTest.dynamicTest(action.name() + " by the " + who.name().toLowerCase() + " when "
                            + status, () -> check(status, action, who)));
                }
            }
        }
        return tests;
    }

    private void check(String status, Action action, Who who) {
        boolean allowed = who == action.who() && action.allowedIn().contains(status);
        long id = allowed ? needIn(status) : untouched.computeIfAbsent(status, this::needIn);
        String token = who == Who.ASKER ? asker.token() : listener.token();

        Response response = action.call().apply(id, token);

        boolean draftOfTheOther = status.equals("draft") && who == Who.LISTENER;
        if (who != action.who() || draftOfTheOther) {
            assertThat(response.status()).as(response.raw().body()).isEqualTo(404);
        } else if (action.allowedIn().contains(status)) {
            assertThat(response.status()).as(response.raw().body()).isBetween(200, 204);
            return;
        } else {
            assertThat(response.status()).as(response.raw().body()).isEqualTo(409);
            assertThat(response.body().get("detail").asString()).startsWith("You cannot");
        }
        assertThat(api().get("/api/v1/needs/" + id, asker.token()).body().get("status").asString()).isEqualTo(status);
    }

    /** A need taken to {@code status} through the API, the way the partners would. */
    private long needIn(String status) {
        long id = api().post("/api/v1/needs", asker.token(), need("nervous", "my interview is on Monday",
                "you to ask me three practice questions tonight", null, false)).body().get("id").asLong();
        List<String> path = STATUSES.subList(0, STATUSES.indexOf(status) + 1);
        if (path.contains("sent")) {
            ok(api().post(path(id, "send"), asker.token(), ""));
        }
        if (path.contains("reflected")) {
            ok(api().post(path(id, "reflection"), listener.token(), Map.of("text", "You are nervous about Monday.")));
        }
        if (path.contains("heard")) {
            ok(api().post(path(id, "reflection/confirm"), asker.token(), ""));
        }
        switch (status) {
            case "answered_yes", "met", "missed" -> ok(api().post(path(id, "answer"), listener.token(), Map.of("kind", "yes")));
            case "answered_other_way" -> ok(api().post(path(id, "answer"), listener.token(),
                    Map.of("kind", "other_way", "text", "I can do two questions at breakfast.")));
            case "answered_not_now" -> ok(api().post(path(id, "answer"), listener.token(),
                    Map.of("kind", "not_now", "when", Map.of("period", "today"))));
            default -> { }
        }
        if (status.equals("met") || status.equals("missed")) {
            ok(api().post(path(id, "follow-through"), asker.token(), Map.of("outcome", status)));
        }
        return id;
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }
}
