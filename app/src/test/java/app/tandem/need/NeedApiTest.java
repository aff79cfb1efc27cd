package app.tandem.need;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NeedApiTest extends IntegrationTest {

    private TestPartner robin;
    private TestPartner kai;

    @BeforeEach
    void formACouple() {
        TestCouple couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
    }

    @Test
    void twoPartnersRunTheWholeLoop() {
        Response sent = api().post("/api/v1/needs", robin.token(), need("lonely", "we have not had an evening together in two weeks",
                "an evening with you this week, phones away", Map.of("period", "this_week"), true));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body().get("status").asString()).isEqualTo("sent");
        assertThat(sent.body().get("when").get("period").asString()).isEqualTo("this_week");
        long id = sent.body().get("id").asLong();

        Response reflected = api().post(path(id, "reflection"), kai.token(), Map.of("text", "What I hear is that you miss us."));
        assertThat(reflected.body().get("status").asString()).isEqualTo("reflected");

        Response clarified = api().post(path(id, "reflection/clarify"), robin.token(),
                Map.of("text", "Closer: I miss time with just the two of us."));
        assertThat(clarified.body().get("status").asString()).isEqualTo("sent");
        assertThat(clarified.body().get("reflections").get(0).get("state").asString()).isEqualTo("clarified");

        api().post(path(id, "reflection"), kai.token(), Map.of("text", "You miss time with just the two of us."));
        Response heard = api().post(path(id, "reflection/confirm"), robin.token(), "");
        assertThat(heard.body().get("status").asString()).isEqualTo("heard");
        assertThat(heard.body().get("reflections").get(1).get("state").asString()).isEqualTo("confirmed");

        Response answered = api().post(path(id, "answer"), kai.token(), Map.of("kind", "yes",
                "text", "Yes, Thursday evening, phones in the drawer.", "when", Map.of("at", "2026-12-03T19:00:00Z")));
        assertThat(answered.body().get("status").asString()).isEqualTo("answered_yes");
        assertThat(answered.body().get("answer").get("when").get("at").asString()).isEqualTo("2026-12-03T19:00:00Z");

        Response met = api().post(path(id, "follow-through"), robin.token(), Map.of("outcome", "met"));
        assertThat(met.body().get("status").asString()).isEqualTo("met");
        assertThat(met.body().get("followedUpAt").isNull()).isFalse();

        Response thanked = api().post(path(id, "thanks"), robin.token(), Map.of("text", "Thank you, that evening was lovely."));
        assertThat(thanked.body().get("thanks").asString()).isEqualTo("Thank you, that evening was lovely.");
        assertThat(api().post(path(id, "thanks"), robin.token(), Map.of("text", "Again!")).status()).isEqualTo(409);

        Response kaisView = api().get("/api/v1/needs/" + id, kai.token());
        assertThat(kaisView.body().get("mine").asBoolean()).isFalse();
        assertThat(kaisView.body().get("status").asString()).isEqualTo("met");
    }

    @Test
    void theCoachAdvisesButNeverBlocksAndItsLabelsAreKeptWithTheNeed() {
        Response sent = api().post("/api/v1/needs", robin.token(), need("ignored", "you never help with the kids",
                "you to stop being so lazy", null, true));

        assertThat(sent.status()).isEqualTo(201);
        List<String> labels = sent.body().get("coachLabels").valueStream().map(n -> n.asString()).toList();
        assertThat(labels).contains("faux_feeling", "criticism", "negative_request");
        assertThat(api().get("/api/v1/needs/" + sent.body().get("id").asLong(), kai.token()).body().get("coachLabels")
                .size()).isEqualTo(labels.size());
    }

    @Test
    void aCleanNeedIsSentWithoutLabels() {
        Response sent = api().post("/api/v1/needs", robin.token(), need("anxious",
                "the tax forms are due on Friday", "you to sit with me for an hour on Wednesday evening to fill them in",
                null, true));

        assertThat(sent.body().get("coachLabels").size()).isZero();
    }

    @Test
    void theReviewEndpointPointsAtTheWordsBehindEachFinding() {
        Response review = api().post("/api/v1/needs/review", robin.token(),
                Map.of("feeling", "sad", "because", "you never listen to me", "need", "you to call me at lunch tomorrow"));

        assertThat(review.status()).isEqualTo(200);
        var because = review.body().get("because");
        assertThat(because.get("labels").valueStream().map(n -> n.asString()).toList()).contains("criticism");
        var finding = because.get("findings").get(0);
        assertThat("you never listen to me".substring(finding.get("start").asInt(), finding.get("end").asInt()))
                .isEqualTo(finding.get("trigger").asString());
        assertThat(review.body().get("feeling").get("labels").size()).isZero();
        assertThat(review.body().get("suggestion").asString()).startsWith("I feel");
    }

    @Test
    void draftsArePrivateToTheirAuthorUntilSentOrDiscarded() {
        Response draft = api().post("/api/v1/needs", robin.token(), need("tired", "", "", null, false));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.body().get("status").asString()).isEqualTo("draft");
        long id = draft.body().get("id").asLong();

        assertThat(api().get("/api/v1/needs/" + id, kai.token()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/needs?status=draft", kai.token()).body().get("needs").size()).isZero();
        assertThat(api().get("/api/v1/needs?status=draft", robin.token()).body().get("needs").get(0).get("id").asLong())
                .isEqualTo(id);
        assertThat(api().get("/api/v1/needs", kai.token()).body().get("needs").size()).isZero();

        Response edited = api().put("/api/v1/needs/" + id, robin.token(), need("tired", "the baby woke four times",
                "to sleep in on Saturday until nine", Map.of("period", "today"), null));
        assertThat(edited.body().get("because").asString()).isEqualTo("the baby woke four times");

        assertThat(api().delete("/api/v1/needs/" + id, robin.token()).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/needs/" + id, robin.token()).status()).isEqualTo(404);
    }

    @Test
    void sendingRefusesEmptyFieldsWithAMessageForEach() {
        Response refused = api().post("/api/v1/needs", robin.token(), need(" ", "", "", null, true));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get("feeling").asString()).contains("empty");
        assertThat(refused.body().get("errors").get("because").asString()).contains("empty");
        assertThat(refused.body().get("errors").get("need").asString()).contains("empty");
        assertThat(api().get("/api/v1/needs?status=draft", robin.token()).body().get("needs").size()).isZero();
    }

    @Test
    void eachFieldTakesTwoThousandCharactersCountedAsTheReaderSeesThem() {
        String emoji = "\uD83D\uDC9A".repeat(2000); // 2,000 characters, 4,000 UTF-16 units
        Response accepted = api().post("/api/v1/needs", robin.token(), need(emoji, emoji, emoji, null, true));
        assertThat(accepted.status()).isEqualTo(201);

        Response refused = api().post("/api/v1/needs", robin.token(), need("a".repeat(2001), "b", "c", null, true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get("feeling").asString()).contains("2,001").contains("2,000");

        long id = accepted.body().get("id").asLong();
        Response longReflection = api().post(path(id, "reflection"), kai.token(), Map.of("text", "x".repeat(2001)));
        assertThat(longReflection.status()).isEqualTo(400);
        assertThat(longReflection.body().get("errors").get("reflection").asString()).contains("2,000");
        assertThat(api().post(path(id, "reflection"), kai.token(), Map.of("text", "")).body().get("errors")
                .get("reflection").asString()).contains("empty");
    }

    @Test
    void anActionOutOfOrderIsRefusedWithTheReason() {
        long id = sentNeed();

        Response early = api().post(path(id, "answer"), kai.token(), Map.of("kind", "yes"));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("detail").asString()).contains("waiting for a reflection");
        assertThat(api().get("/api/v1/needs/" + id, kai.token()).body().get("status").asString()).isEqualTo("sent");
    }

    @Test
    void notNowNeedsATimeToTalkAndAnotherWayNeedsTheOffer() {
        long id = heardNeed();

        Response noTime = api().post(path(id, "answer"), kai.token(), Map.of("kind", "not_now"));
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.body().get("errors").get("when").asString()).contains("when");
        Response noOffer = api().post(path(id, "answer"), kai.token(), Map.of("kind", "other_way", "text", ""));
        assertThat(noOffer.status()).isEqualTo(400);
        assertThat(noOffer.body().get("errors").has("text")).isTrue();
        assertThat(api().post(path(id, "answer"), kai.token(), Map.of("kind", "maybe")).status()).isEqualTo(400);

        Response notNow = api().post(path(id, "answer"), kai.token(), Map.of("kind", "not_now",
                "text", "Can we talk about it tonight?", "when", Map.of("period", "today")));
        assertThat(notNow.body().get("status").asString()).isEqualTo("answered_not_now");
        assertThat(notNow.body().get("answer").get("when").get("period").asString()).isEqualTo("today");

        Response afterTheTalk = api().post(path(id, "answer"), kai.token(), Map.of("kind", "other_way",
                "text", "I can't do Thursday, but I can do Friday."));
        assertThat(afterTheTalk.body().get("status").asString()).isEqualTo("answered_other_way");
        assertThat(afterTheTalk.body().get("answer").get("coachLabels").size()).isZero();
    }

    @Test
    void theCoachsLabelsOnAnAnswerAreKept() {
        long id = heardNeed();

        Response answered = api().post(path(id, "answer"), kai.token(), Map.of("kind", "not_now",
                "text", "Whatever. You're overreacting.", "when", Map.of("at", "2026-12-01T20:00")));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body().get("answer").get("coachLabels").valueStream().map(n -> n.asString()).toList())
                .isNotEmpty();
    }

    @Test
    void aMissedNeedIsRecordedAndShown() {
        long id = heardNeed();
        api().post(path(id, "answer"), kai.token(), Map.of("kind", "yes"));

        Response missed = api().post(path(id, "follow-through"), robin.token(), Map.of("outcome", "missed"));

        assertThat(missed.body().get("status").asString()).isEqualTo("missed");
        assertThat(api().get("/api/v1/needs?status=missed", kai.token()).body().get("needs").get(0).get("id").asLong())
                .isEqualTo(id);
        assertThat(api().post(path(id, "follow-through"), robin.token(), Map.of("outcome", "maybe")).status())
                .isEqualTo(400);
    }

    @Test
    void aNeedWaitsForThePartnerToJoin() {
        TestPartner alone = aPartner("Robin");
        api().post("/api/v1/couple", alone.token(), "");

        Response refused = api().post("/api/v1/needs", alone.token(), need("hopeful", "we are starting", "you to join",
                null, true));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("not joined");
    }

    @Test
    void historyIsPagedTwentyAtATimeAndFilteredByStatus() {
        for (int i = 0; i < 21; i++) {
            sentNeed();
        }
        long heard = heardNeed();

        Response first = api().get("/api/v1/needs", kai.token());
        assertThat(first.body().get("needs").size()).isEqualTo(20);
        assertThat(first.body().get("hasMore").asBoolean()).isTrue();
        assertThat(first.body().get("needs").get(0).get("id").asLong()).isEqualTo(heard);
        Response second = api().get("/api/v1/needs?page=2", kai.token());
        assertThat(second.body().get("needs").size()).isEqualTo(2);
        assertThat(second.body().get("hasMore").asBoolean()).isFalse();
        Response onlyHeard = api().get("/api/v1/needs?status=heard", robin.token());
        assertThat(onlyHeard.body().get("needs").size()).isEqualTo(1);
        assertThat(api().get("/api/v1/needs?status=nonsense", robin.token()).status()).isEqualTo(400);
    }

    private long sentNeed() {
        return api().post("/api/v1/needs", robin.token(), need("overwhelmed", "the flat move is on Saturday",
                "you to pack the kitchen with me on Friday evening", null, true)).body().get("id").asLong();
    }

    private long heardNeed() {
        long id = sentNeed();
        api().post(path(id, "reflection"), kai.token(), Map.of("text", "You need help packing on Friday."));
        api().post(path(id, "reflection/confirm"), robin.token(), "");
        return id;
    }

    static Map<String, Object> need(String feeling, String because, String need, Map<String, String> when, Boolean send) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feeling", feeling);
        body.put("because", because);
        body.put("need", need);
        if (when != null) {
            body.put("when", when);
        }
        if (send != null) {
            body.put("send", send);
        }
        return body;
    }

    static String path(long id, String action) {
        return "/api/v1/needs/" + id + "/" + action;
    }
}
