package app.tandem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A partner takes everything Tandem holds about them, on their own, and nothing that is not theirs. */
class DataExportTest extends IntegrationTest {

    @Autowired
    DataExport export;

    @Test
    void theExportHoldsMyAccountAndEveryTableOfOurCoupleButNotMyPartnersDrafts() {
        TestCouple couple = aCouple();
        TestPartner robin = couple.robin();
        TestPartner kai = couple.kai();
        long sent = api().post("/api/v1/needs", robin.token(), Map.of("feeling", "lonely", "because", "the evenings are short",
                "need", "a walk with you tonight", "send", true)).body().get("id").asLong();
        api().post("/api/v1/needs/" + sent + "/reflection", kai.token(), Map.of("text", "You'd like a walk tonight."));
        api().post("/api/v1/needs", kai.token(), Map.of("feeling", "unsure", "because", "", "need", "a secret plan",
                "send", false));
        api().post("/api/v1/bids", kai.token(), Map.of("text", "Tea on the balcony? 🍵 <b>now</b>"));

        Response response = api().get("/api/v1/me/export", robin.token());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.get("partner").get("email").asString()).isEqualTo(robin.email());
        assertThat(body.get("partner").has("password_hash")).isFalse();
        assertThat(body.get("couples").get(0).get("partners").get(1).get("display_name").asString())
                .isEqualTo(kai.displayName());
        assertThat(body.get("couples").get(0).get("partners").get(1).has("email")).isFalse();
        JsonNode tables = body.get("couples").get(0).get("tables");
        assertThat(tables.propertyNames()).containsAll(export.coupleTables().keySet()).contains("need", "reflection", "bid");
        assertThat(tables.get("need")).hasSize(1);
        assertThat(tables.get("need").get(0).get("request").asString()).isEqualTo("a walk with you tonight");
        assertThat(tables.get("reflection").get(0).get("text").asString()).isEqualTo("You'd like a walk tonight.");
        assertThat(tables.get("bid").get(0).get("text").asString()).isEqualTo("Tea on the balcony? 🍵 <b>now</b>");
        assertThat(body.toString()).doesNotContain("a secret plan");
    }

    @Test
    void myOwnSettingsAreInMyExportWithoutTheirSecrets() {
        TestPartner robin = aPartner("Robin");
        assertThat(api().put("/api/v1/preferences", robin.token(), Map.of("bids", "in_app",
                "quietFrom", "22:00", "quietUntil", "07:00")).status()).isEqualTo(200);

        JsonNode body = api().get("/api/v1/me/export", robin.token()).body();

        JsonNode settings = body.get("settings");
        assertThat(settings.propertyNames()).containsExactlyInAnyOrderElementsOf(DataExport.OWN_TABLES.keySet());
        assertThat(settings.get("notification_preference").toString()).contains("\"topic\":\"BIDS\",\"reach\":\"IN_APP\"");
        assertThat(settings.get("notification_setting").get(0).get("quiet_from").asString()).startsWith("22:00");
        assertThat(settings.get("api_token")).as("the token this test signed in with").isNotEmpty();
        assertThat(body.get("partner").has("time_zone")).isTrue();
        assertThat(body.toString()).doesNotContain("token_hash", "p256dh", "\"auth\"", "endpoint");
    }

    @Test
    void everyTableThatBelongsToAPartnerAloneIsExported() {
        assertThat(DataExport.OWN_TABLES.keySet())
                .as("a new table with a partner_id and no couple_id: say in DataExport.OWN_TABLES what of it is exported")
                .containsExactlyInAnyOrderElementsOf(export.ownTables());
    }

    @Test
    void anotherCouplesDataIsNotInMyExport() {
        TestPartner robin = aCouple().robin();
        TestPartner stranger = aCouple().robin();
        api().post("/api/v1/bids", stranger.token(), Map.of("text", "Their private bid"));

        assertThat(api().get("/api/v1/me/export", robin.token()).body().toString()).doesNotContain("Their private bid");
    }

    @Test
    void aPartnerWithoutACoupleExportsTheirAccount() {
        TestPartner alone = aPartner("Sky");

        JsonNode body = api().get("/api/v1/me/export", alone.token()).body();

        assertThat(body.get("partner").get("display_name").asString()).isEqualTo("Sky");
        assertThat(body.get("couples")).isEmpty();
    }

    @Test
    void theAccountPageDownloadsTheExportAsAFile() throws Exception {
        TestPartner robin = aCouple().robin();

        mvc.perform(get("/account/export").cookie(WebSessions.signIn(mvc, robin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith(
                        "attachment; filename=\"tandem-export-")))
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/account/export")).andExpect(status().is3xxRedirection());
        assertThat(api().get("/api/v1/me/export", null).status()).isEqualTo(401);
    }
}
