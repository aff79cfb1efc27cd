package app.tandem.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.load.LoadItem;
import app.tandem.load.Owner;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Robin lives in Berlin, Kai in New York: each types and reads every time in their own zone. */
class LocalTimeNeedTest extends IntegrationTest {

    private TestCouple couple;
    private Cookie robin;
    private Cookie kai;

    @BeforeEach
    void partnersInTwoZones() throws Exception {
        couple = aCouple();
        api().put("/api/v1/me/time-zone", couple.robin().token(), Map.of("timeZone", "Europe/Berlin"));
        api().put("/api/v1/me/time-zone", couple.kai().token(), Map.of("timeZone", "America/New_York"));
        robin = WebSessions.signIn(mvc, couple.robin());
        kai = WebSessions.signIn(mvc, couple.kai());
    }

    private org.springframework.test.web.servlet.ResultActions compose(String at) throws Exception {
        return mvc.perform(post("/needs").cookie(robin).with(csrf()).param("action", "send")
                .param("feeling", "hungry").param("because", "the week is long")
                .param("need", "you to cook dinner").param("when.period", "at").param("when.at", at));
    }

    @Test
    void aWhenTypedInBerlinIsReadInNewYorkInNewYorkTime() throws Exception {
        String sent = compose("2026-03-29T20:00").andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl().replace("?sent", "");

        assertThat(needs.get(couple.robin().id(), Long.parseLong(sent.substring(sent.lastIndexOf('/') + 1))).when().at())
                .isEqualTo(Instant.parse("2026-03-29T18:00:00Z"));
        assertThat(page(sent, robin)).contains("(Sun 29 Mar 2026, 20:00 Berlin time)").doesNotContain("UTC");
        assertThat(page(sent, kai)).contains("(Sun 29 Mar 2026, 14:00 New York time)").doesNotContain("UTC");
        assertThat(page("/needs/new", robin)).contains("Date and time (Berlin time)");
    }

    @Test
    void aTimeTheClocksSkipIsRefusedOnThePageAndInTheApiAndTheTypedTextStays() throws Exception {
        String page = compose("2026-03-29T02:30").andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        var problem = api().post("/api/v1/needs", couple.robin().token(), Map.of("feeling", "hungry",
                "because", "the week is long", "need", "you to cook dinner", "send", true,
                "when", Map.of("period", "at", "at", "2026-03-29T02:30")));

        String message = "On Sun 29 Mar 2026 the clocks in Europe/Berlin skip from 02:00 to 03:00: 02:30 does not "
                + "happen there. Choose another time.";
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body().get("errors").get("when").asString()).isEqualTo(message);
        assertThat(page).contains(message).contains("value=\"2026-03-29T02:30\"").contains("you to cook dinner");
    }

    @Test
    void theAnswersTimeIsTypedInTheListenersZone() throws Exception {
        Need heard = couple.needIn(NeedStatus.HEARD);
        mvc.perform(post("/needs/" + heard.id() + "/answer").cookie(kai).with(csrf()).param("kind", "yes")
                .param("when.period", "at").param("when.at", "2026-12-01T14:00")).andExpect(status().is3xxRedirection());

        assertThat(page("/needs/" + heard.id(), robin)).contains("Tue 1 Dec 2026, 20:00 Berlin time");
        assertThat(page("/needs/" + heard.id(), kai)).contains("Tue 1 Dec 2026, 14:00 New York time");
    }

    @Test
    void theInviteExpiryIsInTheInvitersZoneWithTheZoneNamed() throws Exception {
        var alone = aPartner("Maya");
        api().put("/api/v1/me/time-zone", alone.token(), Map.of("timeZone", "Europe/Berlin"));
        api().post("/api/v1/couple", alone.token(), "");

        assertThat(page("/", WebSessions.signIn(mvc, alone))).containsPattern("\\d\\d:\\d\\d Berlin time")
                .doesNotContain("UTC");
    }

    @Test
    void aLoadWeekIsThePartnersOwnWeek() throws Exception {
        LoadItem bins = couple.withLoadItem("Bins", 30, Owner.B, Owner.B, Owner.B);
        // Monday 00:30 in Berlin is still Sunday evening in New York (and in UTC).
        Instant mondayInBerlin = Instant.parse("2026-03-29T22:30:00Z");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-04-01T12:00:00Z")));
        couple.withDone(couple.kai(), bins.id(), Owner.B, mondayInBerlin);

        var forRobin = api().get("/api/v1/load/ledger?weeks=2", couple.robin().token()).body();
        var forKai = api().get("/api/v1/load/ledger?weeks=2", couple.kai().token()).body();

        assertThat(forRobin.get(1).get("monday").asString()).isEqualTo("2026-03-30");
        assertThat(forRobin.get(1).get("shareB").asInt()).as("Robin's week from Monday in Berlin").isEqualTo(100);
        assertThat(forRobin.get(0).hasNonNull("shareB")).isFalse();
        assertThat(forKai.get(0).get("monday").asString()).isEqualTo("2026-03-23");
        assertThat(forKai.get(0).get("shareB").asInt()).as("still Sunday in New York").isEqualTo(100);
        assertThat(forKai.get(1).hasNonNull("shareB")).isFalse();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private NeedService needs;

    private String page(String path, Cookie who) throws Exception {
        return mvc.perform(get(path).cookie(who)).andReturn().getResponse().getContentAsString();
    }
}
