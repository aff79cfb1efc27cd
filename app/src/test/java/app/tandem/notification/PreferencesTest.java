package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.InputParity;
import app.tandem.support.IntegrationTest;
import app.tandem.support.RecordingChannel;
import app.tandem.support.TestCouple;
import app.tandem.support.TestMail;
import app.tandem.support.WebSessions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each partner chooses what reaches them; defaults give a new couple the essentials; one click stops e-mail. */
class PreferencesTest extends IntegrationTest {

    @Autowired
    private app.tandem.partner.PartnerService partners;

    @Test
    void aNewPartnerGetsTheEssentialsWithoutOpeningSettings() {
        TestCouple couple = aCouple();
        var body = api().get("/api/v1/preferences", couple.kai().token()).body();
        assertThat(body.get("reach").get("needs").asString()).isEqualTo("email_and_push");
        assertThat(body.get("reach").get("agreement").asString()).isEqualTo("daily_digest");
        assertThat(body.get("includeText").asBoolean()).isFalse();
        assertThat(body.get("emailOn").asBoolean()).isTrue();
    }

    @Test
    void inAppOnlyMeansNothingLeavesTheAppButTheInboxKeepsIt() {
        TestCouple couple = aCouple();
        api().put("/api/v1/preferences", couple.kai().token(), Map.of("bids", "in_app"));
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?"));

        clock.advance(Duration.ofMinutes(4));
        deliverNow();

        assertThat(TestMail.to(couple.kai().email())).isEmpty();
        assertThat(RecordingChannel.to(couple.kai().id())).isEmpty();
        assertThat(api().get("/api/v1/inbox", couple.kai().token()).body().get("unread").asInt()).isEqualTo(1);
    }

    @Test
    void duringQuietHoursAcrossMidnightInThePartnersZoneDeliveryWaitsAndIsNeverDropped() {
        TestCouple couple = aCouple();
        partners.changeZone(couple.kai().id(), ZoneId.of("Europe/Berlin"));
        assertThat(api().put("/api/v1/preferences", couple.kai().token(),
                Map.of("quietFrom", "22:00", "quietUntil", "07:00")).status()).isEqualTo(200);
        clock.setTo(Instant.parse("2026-12-01T22:30:00Z")); // 23:30 in Berlin
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?"));

        clock.setTo(Instant.parse("2026-12-02T05:59:00Z")); // 06:59 in Berlin
        deliverNow();
        assertThat(TestMail.to(couple.kai().email())).isEmpty();
        assertThat(api().get("/api/v1/inbox", couple.kai().token()).body().get("unread").asInt()).isEqualTo(1);

        clock.setTo(Instant.parse("2026-12-02T06:00:01Z")); // 07:00 in Berlin
        deliverNow();
        assertThat(TestMail.to(couple.kai().email())).hasSize(1);
        assertThat(RecordingChannel.to(couple.kai().id())).hasSize(1);
    }

    @Test
    void theDailyDigestWaitsForItsHourInThePartnersZone() {
        TestCouple couple = aCouple();
        api().put("/api/v1/preferences", couple.kai().token(), Map.of("bids", "daily_digest"));
        clock.setTo(Instant.parse("2026-12-01T10:00:00Z"));
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?"));
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "A walk?"));

        clock.setTo(Instant.parse("2026-12-02T07:59:00Z"));
        deliverNow();
        assertThat(TestMail.to(couple.kai().email())).isEmpty();
        clock.setTo(Instant.parse("2026-12-02T08:00:01Z"));
        deliverNow();

        assertThat(TestMail.to(couple.kai().email())).hasSize(1);
        assertThat(RecordingChannel.to(couple.kai().id())).as("a digest is e-mail only").isEmpty();
    }

    @Test
    void theOneClickUnsubscribeWorksWithoutSignInAndStopsEveryEmail() throws Exception {
        TestCouple couple = aCouple();
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?"));
        clock.advance(Duration.ofMinutes(4));
        deliverNow();
        String link = TestMail.to(couple.kai().email()).get(0).getHeader("List-Unsubscribe")[0];
        String path = link.substring(link.indexOf("/unsubscribe/"), link.length() - 1);

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Stop e-mails");
        assertThat(api().get("/api/v1/preferences", couple.kai().token()).body().get("reach").get("bids").asString())
                .as("opening the link changes nothing").isEqualTo("email_and_push");
        // As a mail client sends it (RFC 8058): no session, no CSRF token.
        var done = mvc.perform(post(path).contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("no more e-mail");

        var reach = api().get("/api/v1/preferences", couple.kai().token()).body().get("reach");
        assertThat(reach.valueStream().map(r -> r.asString())).allMatch(r -> r.equals("push") || r.equals("in_app"));
        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "A walk?"));
        clock.advance(Duration.ofMinutes(8));
        deliverNow();
        assertThat(TestMail.to(couple.kai().email())).hasSize(1);
        assertThat(RecordingChannel.to(couple.kai().id())).as("push stays on").hasSize(2);
    }

    @Test
    void aForgedOrAnotherPartnersUnsubscribeLinkIsNotFound() throws Exception {
        TestCouple couple = aCouple();
        assertThat(mvc.perform(post("/unsubscribe/" + couple.kai().id() + ".forged")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/unsubscribe/<script>")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(api().get("/api/v1/preferences", couple.kai().token()).body().get("reach").get("needs").asString())
                .isEqualTo("email_and_push");
    }

    @Test
    void thePageAndTheApiRefuseBadInputAlike() throws Exception {
        TestCouple couple = aCouple();
        var kai = WebSessions.signIn(mvc, couple.kai());
        InputParity parity = new InputParity(mvc, api());
        parity.assertSameErrors(kai, couple.kai().token(), "/settings/notifications", "PUT", "/api/v1/preferences",
                Map.of("needs", "carrier pigeon", "quietFrom", "25:99", "quietUntil", "<script>", "includeText", "true"),
                Map.of("needs", "carrier pigeon", "quietFrom", "25:99", "quietUntil", "<script>", "includeText", "true"));
        parity.assertSameErrors(kai, couple.kai().token(), "/settings/notifications", "PUT", "/api/v1/preferences",
                Map.of("quietFrom", "22:00", "quietUntil", "", "includeText", "true"),
                Map.of("quietFrom", "22:00", "quietUntil", "", "includeText", "true"));
        parity.assertSameErrors(kai, couple.kai().token(), "/settings/notifications", "PUT", "/api/v1/preferences",
                Map.of("bids", "x".repeat(10_000), "includeText", "maybe"), Map.of("bids", "x".repeat(10_000),
                        "includeText", "maybe"));
    }

    @Test
    void thePreferencesPageSavesWhatWasChosen() throws Exception {
        TestCouple couple = aCouple();
        var kai = WebSessions.signIn(mvc, couple.kai());
        var saved = mvc.perform(post("/settings/notifications").cookie(kai)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("needs", "push").param("quietFrom", "22:30").param("quietUntil", "06:45")).andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings/notifications?preferences-saved");
        String page = mvc.perform(get("/settings/notifications?preferences-saved").cookie(kai)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"22:30\"", "value=\"06:45\"", "Saved.");
        assertThat(api().get("/api/v1/preferences", couple.kai().token()).body().get("reach").get("needs").asString())
                .isEqualTo("push");
        assertThat(mvc.perform(get("/account").cookie(kai)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/settings/notifications\"").doesNotContain("E-mail is off on this server");
    }
}
