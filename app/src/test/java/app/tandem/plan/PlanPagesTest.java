package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The plan's pages around the story: notes shared item by item, the calendar link made and revoked, the .ics, the timeline and home. */
class PlanPagesTest extends IntegrationTest {

    private TestCouple couple;
    private Cookie robin;
    private Cookie kai;

    @BeforeEach
    void signedIn() throws Exception {
        couple = aCouple();
        robin = WebSessions.signIn(mvc, couple.robin());
        kai = WebSessions.signIn(mvc, couple.kai());
    }

    @Test
    void aNoteIsSeenByThePartnerOnlyOnceShared() throws Exception {
        mvc.perform(post("/plans/know-me").cookie(robin).with(csrf()).param("kind", "hard").param("text", "Crowded kitchens"));
        assertThat(page("/plans/know-me", robin)).contains("Crowded kitchens").contains("only me");
        assertThat(page("/plans/know-me", kai)).doesNotContain("Crowded kitchens");
        long note = jdbc.sql("select id from know_me_item where private_to = ?").param(couple.robin().id())
                .query(Long.class).single();
        mvc.perform(post("/plans/know-me/" + note + "/share").cookie(robin).with(csrf()).param("shared", "true"));
        assertThat(page("/plans/know-me", kai)).contains("Crowded kitchens");
        Plan plan = couple.planIn(PlanStage.PREDICTING, clock.instant());
        assertThat(page("/plans/" + plan.id(), kai)).as("offered when planning").contains("Crowded kitchens");
    }

    @Test
    void theCalendarLinkIsShownOnceAndRevoked() throws Exception {
        String made = mvc.perform(post("/plans/calendar").cookie(robin).with(csrf())).andReturn().getResponse()
                .getContentAsString();
        String link = made.replaceFirst("(?s).*<code id=\"cal-link\">([^<]+)</code>.*", "$1");
        String path = link.replaceFirst("^https?://[^/]+", "");
        assertThat(path).startsWith("/calendar/").endsWith(".ics");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("no sign-in needed").isEqualTo(200);
        assertThat(page("/plans/calendar", robin)).doesNotContain(path).contains("You have a link");
        mvc.perform(post("/plans/calendar/revoke").cookie(robin).with(csrf()));
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aPlansFileHomeAndTheTimeline() throws Exception {
        Plan plan = couple.planIn(PlanStage.SIGNED, clock.instant());
        MockHttpServletResponse ics = mvc.perform(get("/plans/" + plan.id() + "/calendar.ics").cookie(kai)).andReturn()
                .getResponse();
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getContentAsString()).contains("SUMMARY:Plan: The family party");
        assertThat(page("/", kai)).contains("The family party").doesNotContain("home-come-find-me");
        clock.setTo(plan.startsAt().minusSeconds(600));
        assertThat(page("/", kai)).as("around the event, home offers the signals").contains("home-come-find-me")
                .contains("home-need-to-leave");
        assertThat(page("/timeline", kai)).contains("We started a plan for “The family party”");
        assertThat(page("/plans/" + plan.id(), robin)).contains("Both of you signed this plan.");
        long meeting = api().post("/api/v1/state-of-us", couple.robin().token(), java.util.Map.of()).body().get("id")
                .asLong();
        assertThat(page("/state-of-us/" + meeting, kai)).as("the weekly talk looks at what is coming")
                .contains("Coming up: our plans").contains("The family party");
    }

    @Test
    void homeKeepsItsCardsYetShowsASignalTheMomentItIsSentAndLetsAPassedPlanGo() throws Exception {
        Plan plan = couple.planIn(PlanStage.SIGNED, clock.instant());
        clock.setTo(plan.startsAt().minusSeconds(600));
        assertThat(page("/", kai)).doesNotContain("signal-alert").contains("The family party");
        assertThat(page("/", kai)).as("read again at the same revision: the kept cards").doesNotContain("signal-alert");

        api().post("/api/v1/plans/" + plan.id() + "/signals", couple.robin().token(), java.util.Map.of("kind", "come-find-me"));
        assertThat(page("/", kai)).as("the signal raises the couple's revision").contains("signal-alert");
        long signal = jdbc.sql("select id from plan_signal where plan_id = ?").param(plan.id()).query(Long.class).single();
        api().post("/api/v1/plans/" + plan.id() + "/signals/" + signal + "/seen", couple.kai().token(), "");
        assertThat(page("/", kai)).as("seen, it goes").doesNotContain("signal-alert");

        assertThat(page("/", kai)).contains("The family party");
        clock.setTo(plan.startsAt().plus(java.time.Duration.ofHours(7)));
        assertThat(page("/", kai)).as("the evening is over: no write, yet home reads again").doesNotContain("The family party");
    }

    private String page(String path, Cookie session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
