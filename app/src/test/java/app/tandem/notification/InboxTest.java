package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.WebSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What one partner does reaches the other's inbox in the same transaction, with a count on every
 * page, and is seen when they open the thread. Nothing the partners wrote is in it.
 */
class InboxTest extends IntegrationTest {

    @Test
    void aSentNeedWaitsInThePartnersInboxUntilTheyOpenIt() throws Exception {
        TestCouple couple = aCouple();
        long id = couple.needIn(app.tandem.need.NeedStatus.SENT).id();
        var kai = WebSessions.signIn(mvc, couple.kai());

        String home = mvc.perform(get("/").cookie(kai)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<span class=\"badge\" id=\"unread-count\">1</span>");
        String inbox = mvc.perform(get("/inbox").cookie(kai)).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("href=\"/needs/" + id + "\">Robin asked you for something they need</a>")
                .doesNotContain("the week has been long");
        assertThat(unread(couple.robin().token())).isZero();

        mvc.perform(get("/needs/" + id).cookie(kai));

        assertThat(unread(couple.kai().token())).isZero();
        assertThat(mvc.perform(get("/").cookie(kai)).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"unread-count\"");
    }

    @Test
    void eachStepOfTheLoopTellsTheOtherPartnerAndNothingTellsTheOneWhoActed() {
        TestCouple couple = aCouple();
        couple.needIn(app.tandem.need.NeedStatus.MET);

        var kais = api().get("/api/v1/inbox", couple.kai().token()).body().get("entries");
        var robins = api().get("/api/v1/inbox", couple.robin().token()).body().get("entries");
        assertThat(kais.valueStream().map(e -> e.get("kind").asString()))
                .containsExactly("need_met", "need_heard", "need_sent");
        assertThat(robins.valueStream().map(e -> e.get("kind").asString()))
                .containsExactly("need_answered", "need_reflected");
    }

    @Test
    void hurtsRepairsAndTheAgreementTellTheOtherPartnerToo() {
        TestCouple couple = aCouple();
        couple.withAgreementInForce("We agreed to care for each other.", "We turn toward each other's bids.");
        couple.hurtIn(app.tandem.repair.HurtStage.REPAIRED);

        var kais = api().get("/api/v1/inbox", couple.kai().token()).body().get("entries");
        var robins = api().get("/api/v1/inbox", couple.robin().token()).body().get("entries");
        assertThat(kais.valueStream().map(e -> e.get("kind").asString()))
                .containsExactly("repair_accepted", "hurt_named", "agreement_proposed");
        assertThat(robins.valueStream().map(e -> e.get("kind").asString()))
                .containsExactly("repair_offered", "agreement_signed");
        assertThat(kais.get(1).get("threadPath").asString()).startsWith("/hurts/");
    }

    @Test
    void anActionRefusedForItsInputTellsNobody() {
        TestCouple couple = aCouple();
        long bid = api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?")).body().get("id").asLong();

        var refused = api().post("/api/v1/bids/" + bid + "/response", couple.kai().token(), Map.of("response", "maybe"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(unread(couple.robin().token())).isZero();
        assertThat(unread(couple.kai().token())).isEqualTo(1);
    }

    @Test
    void anotherCouplesPartnerSeesNothingAndMarkingReadIsOnesOwn() {
        TestCouple couple = aCouple();
        TestCouple other = aCouple();
        couple.needIn(app.tandem.need.NeedStatus.SENT);

        assertThat(api().get("/api/v1/inbox", other.kai().token()).body().get("entries").size()).isZero();
        assertThat(api().post("/api/v1/inbox/read", other.kai().token(), Map.of()).status()).isEqualTo(204);
        assertThat(unread(couple.kai().token())).isEqualTo(1);
        assertThat(api().post("/api/v1/inbox/read", couple.kai().token(), Map.of()).status()).isEqualTo(204);
        assertThat(unread(couple.kai().token())).isZero();
    }

    private int unread(String token) {
        return api().get("/api/v1/inbox", token).body().get("unread").asInt();
    }
}
