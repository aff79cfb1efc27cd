package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.need.NeedStatus;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prompts that come due become inbox entries, once, whichever node fires them. */
class DuePromptsTest extends IntegrationTest {

    @Test
    void whenAYesPassesTheAskerIsAskedAboutFollowThroughOnce() {
        TestCouple couple = aCouple();
        long need = couple.needIn(NeedStatus.HEARD).id();
        Instant when = clock.instant().plus(Duration.ofHours(2));
        assertThat(api().post("/api/v1/needs/" + need + "/answer", couple.kai().token(),
                Map.of("kind", "yes", "when", Map.of("at", when.toString()))).status()).isEqualTo(200);

        deliverNow();
        assertThat(kinds(couple.robin().token())).doesNotContain("follow_through_due");

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        deliverNow();
        deliverNow();

        assertThat(kinds(couple.robin().token())).containsOnlyOnce("follow_through_due").first()
                .isEqualTo("follow_through_due");
        assertThat(kinds(couple.kai().token())).doesNotContain("follow_through_due");
        var entry = api().get("/api/v1/inbox", couple.robin().token()).body().get("entries").get(0);
        assertThat(entry.get("threadPath").asString()).isEqualTo("/needs/" + need);
        assertThat(entry.get("words").asString()).isEqualTo("The time for your need has come: did Kai follow through?");
    }

    @Test
    void markingFollowThroughBeforeTheWhenEndsThePrompt() {
        TestCouple couple = aCouple();
        long need = couple.needIn(NeedStatus.HEARD).id();
        api().post("/api/v1/needs/" + need + "/answer", couple.kai().token(),
                Map.of("kind", "yes", "when", Map.of("at", clock.instant().plus(Duration.ofHours(1)).toString())));
        api().post("/api/v1/needs/" + need + "/follow-through", couple.robin().token(), Map.of("outcome", "met"));

        clock.advance(Duration.ofHours(2));
        deliverNow();

        assertThat(kinds(couple.robin().token())).doesNotContain("follow_through_due");
    }

    @Test
    void notNowBringsBothBackAtTheTimeToTalk() {
        TestCouple couple = aCouple();
        long need = couple.needIn(NeedStatus.HEARD).id();
        Instant talk = clock.instant().plus(Duration.ofHours(3));
        assertThat(api().post("/api/v1/needs/" + need + "/answer", couple.kai().token(),
                Map.of("kind", "not_now", "when", Map.of("at", talk.toString()))).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(3).plusMinutes(1));
        deliverNow();

        assertThat(kinds(couple.robin().token())).containsOnlyOnce("time_to_talk");
        assertThat(kinds(couple.kai().token())).containsOnlyOnce("time_to_talk");
    }

    @Test
    void aPausesReturnTimeInvitesBothBack() {
        TestCouple couple = aCouple();
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Can we talk?")).body()
                .get("id").asLong();
        assertThat(api().post("/api/v1/pauses", couple.kai().token(), Map.of("thread", "bid", "threadId", bid))
                .status()).isEqualTo(201);

        deliverNow();
        assertThat(kinds(couple.robin().token())).doesNotContain("pause_over");
        clock.advance(Duration.ofMinutes(31));
        deliverNow();

        assertThat(kinds(couple.robin().token())).containsOnlyOnce("pause_over");
        assertThat(kinds(couple.kai().token())).containsOnlyOnce("pause_over");
    }

    @Test
    void anUnansweredNeedNudgesOnceAfterADayAndNeverAgain() {
        TestCouple couple = aCouple();
        couple.needIn(NeedStatus.SENT);

        clock.advance(Duration.ofHours(23));
        deliverNow();
        assertThat(kinds(couple.kai().token())).doesNotContain("need_waiting");
        clock.advance(Duration.ofHours(2));
        deliverNow();
        clock.advance(Duration.ofDays(3));
        deliverNow();

        assertThat(kinds(couple.kai().token())).containsOnlyOnce("need_waiting");
        assertThat(kinds(couple.robin().token())).doesNotContain("need_waiting");
    }

    @Test
    void aBidAnsweredWithinTheDayIsNeverNudged() {
        TestCouple couple = aCouple();
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?")).body().get("id").asLong();
        api().post("/api/v1/bids/" + bid + "/response", couple.kai().token(), Map.of("response", "toward"));

        clock.advance(Duration.ofDays(2));
        deliverNow();

        assertThat(kinds(couple.kai().token())).doesNotContain("bid_waiting");
    }

    private List<String> kinds(String token) {
        return api().get("/api/v1/inbox", token).body().get("entries").valueStream()
                .map(e -> e.get("kind").asString()).toList();
    }
}
