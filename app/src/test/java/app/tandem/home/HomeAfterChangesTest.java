package app.tandem.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Home keeps what it read between visits, yet never shows a couple as it was. */
class HomeAfterChangesTest extends IntegrationTest {

    @Test
    void aChangeMadeThroughAnotherNodeShowsOnTheNextVisit() throws Exception {
        TestCouple couple = aCouple();
        Cookie kai = WebSessions.signIn(mvc, couple.kai());
        mvc.perform(get("/").cookie(kai)).andExpect(content().string(not(containsString("Dance in the kitchen?"))));

        // Another node writes to the same database; this node's services never see the write.
        jdbc.sql("insert into bid (couple_id, bidder_id, text, status, created_at) values (?, ?, ?, 'OPEN', now())")
                .params(api().coupleIdOf(couple.robin()), couple.robin().id(), "Dance in the kitchen?").update();

        mvc.perform(get("/").cookie(kai)).andExpect(content().string(containsString("Dance in the kitchen?")));
    }

    @Test
    void aPauseEndsOnHomeAsTimePassesWithoutAnyChange() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Can we talk about money?")).body()
                .get("id").asLong();
        api().post("/api/v1/pauses", couple.kai().token(), Map.of("thread", "bid", "threadId", bid));
        mvc.perform(get("/").cookie(robin)).andExpect(content().string(containsString("A conversation is paused until")));

        clock.advance(Duration.ofMinutes(30));

        mvc.perform(get("/").cookie(robin)).andExpect(content().string(containsString("The pause ended at")));
    }

    @Test
    void aRunningPauseShowsHoweverManyLongerPausesEndedEarly() throws Exception {
        TestCouple couple = aCouple();
        Cookie robin = WebSessions.signIn(mvc, couple.robin());
        long running = pausedBid(couple, 20);
        for (int i = 0; i < 6; i++) {
            long pause = pausedBidPause(couple, 1440);
            api().post("/api/v1/pauses/" + pause + "/end", couple.kai().token(), "");
        }

        mvc.perform(get("/").cookie(robin)).andExpect(content().string(
                containsString("A conversation is paused until")));
        mvc.perform(get("/").cookie(robin)).andExpect(content().string(containsString("/bids/" + running)));
    }

    private long pausedBid(TestCouple couple, int minutes) {
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Can we talk?")).body().get("id").asLong();
        api().post("/api/v1/pauses", couple.kai().token(), Map.of("thread", "bid", "threadId", bid, "minutes", minutes));
        return bid;
    }

    private long pausedBidPause(TestCouple couple, int minutes) {
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "And this?")).body().get("id").asLong();
        return api().post("/api/v1/pauses", couple.kai().token(), Map.of("thread", "bid", "threadId", bid,
                "minutes", minutes)).body().get("id").asLong();
    }
}
