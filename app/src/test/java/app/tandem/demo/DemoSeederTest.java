package app.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.couple.CoupleService;
import app.tandem.load.LoadService;
import app.tandem.partner.PartnerService;
import app.tandem.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

class DemoSeederTest extends IntegrationTest {

    @Autowired
    PartnerService partners;
    @Autowired
    CoupleService couples;
    @Autowired
    app.tandem.need.NeedService needs;
    @Autowired
    app.tandem.bid.BidService bids;
    @Autowired
    LoadService load;
    @Autowired
    app.tandem.plan.PlanService plans;

    @Test
    void theDemoSwitchSeedsACoupleOnceThatBothPartnersCanSignInTo() {
        DemoSeeder seeder = new DemoSeeder(partners, couples, needs, bids, load, plans, clock);

        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments()); // a second start finds it seeded

        String alex = api().tokenFor(DemoSeeder.ALEX, DemoSeeder.PASSWORD);
        String sam = api().tokenFor(DemoSeeder.SAM, DemoSeeder.PASSWORD);
        var couple = api().get("/api/v1/couple", alex).body();
        assertThat(couple.get("status").asString()).isEqualTo("together");
        assertThat(couple.get("partners").findValuesAsString("displayName")).containsExactly("Alex", "Sam");
        assertThat(api().get("/api/v1/couple", sam).body().get("id").asLong()).isEqualTo(couple.get("id").asLong());
        assertThat(api().get("/api/v1/needs?status=met", alex).body().get("needs").size()).isEqualTo(1);
        assertThat(api().get("/api/v1/needs?status=sent", alex).body().get("needs").size()).isEqualTo(1);
        assertThat(api().get("/api/v1/bids?open=true", alex).body().get("bids").size()).isEqualTo(1);
        long party = api().get("/api/v1/plans", sam).body().get(0).get("id").asLong();
        var samSees = api().get("/api/v1/plans/" + party, sam).body();
        assertThat(samSees.get("title").asString()).isEqualTo("Sam's family party");
        assertThat(samSees.get("predictions").size()).as("Alex's prediction waits for Sam's").isZero();
        var balance = api().get("/api/v1/load/balance", alex).body();
        assertThat(balance.get("weeks").findValues("shareA")).as("weeks with load logged").hasSizeGreaterThanOrEqualTo(5);
        assertThat(balance.has("goingItAlone")).as("Alex carries more than the agreed half").isTrue();
    }
}
