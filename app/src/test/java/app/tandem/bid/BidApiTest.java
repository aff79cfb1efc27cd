package app.tandem.bid;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BidApiTest extends IntegrationTest {

    private TestPartner robin;
    private TestPartner kai;

    @BeforeEach
    void formACouple() {
        TestCouple couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
    }

    @Test
    void aBidIsOpenUntilThePartnerTurnsTowardIt() {
        Response made = api().post("/api/v1/bids", robin.token(), Map.of("text", "Can we connect\ntonight?"));
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().get("text").asString()).isEqualTo("Can we connect tonight?");
        assertThat(made.body().get("status").asString()).isEqualTo("open");
        long id = made.body().get("id").asLong();
        assertThat(api().get("/api/v1/bids?open=true", kai.token()).body().get("bids").get(0).get("id").asLong())
                .isEqualTo(id);

        Response toward = api().post("/api/v1/bids/" + id + "/response", kai.token(),
                Map.of("response", "toward", "text", "Yes! Tea on the balcony at nine?"));

        assertThat(toward.body().get("status").asString()).isEqualTo("turned_toward");
        assertThat(toward.body().get("coachLabels").size()).isZero();
        assertThat(api().get("/api/v1/bids?open=true", kai.token()).body().get("bids").size()).isZero();
    }

    @Test
    void theCoachReviewsTheResponseAndItsLabelsAreKept() {
        long id = bid();

        Response against = api().post("/api/v1/bids/" + id + "/response", kai.token(),
                Map.of("response", "against", "text", "Whatever. Grow up."));

        assertThat(against.body().get("status").asString()).isEqualTo("turned_against");
        assertThat(against.body().get("coachLabels").valueStream().map(n -> n.asString()).toList()).isNotEmpty();
        Response review = api().post("/api/v1/bids/review", kai.token(), Map.of("text", "Yeah, but I'm busy. Calm down."));
        assertThat(review.body().get("labels").valueStream().map(n -> n.asString()).toList()).contains("dismissal");
    }

    @Test
    void onlyThePartnerTheBidWasMadeToRespondsAndOnlyOnce() {
        long id = bid();

        assertThat(api().post("/api/v1/bids/" + id + "/response", robin.token(), Map.of("response", "toward")).status())
                .isEqualTo(404);
        assertThat(api().post("/api/v1/bids/" + id + "/response", kai.token(), Map.of("response", "sideways")).status())
                .isEqualTo(400);
        assertThat(api().post("/api/v1/bids/" + id + "/response", kai.token(), Map.of("response", "away",
                "text", "Not tonight, I'm wiped. Tomorrow after dinner?")).body().get("status").asString())
                .isEqualTo("turned_away");
        Response again = api().post("/api/v1/bids/" + id + "/response", kai.token(), Map.of("response", "toward"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asString()).contains("turned away");
    }

    @Test
    void aBidIsNotEmptyAndAtMostTwoThousandCharacters() {
        Response empty = api().post("/api/v1/bids", robin.token(), Map.of("text", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").get("text").asString()).contains("empty");
        Response tooLong = api().post("/api/v1/bids", robin.token(), Map.of("text", "a".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").get("text").asString()).contains("2,000");
        long id = bid();
        assertThat(api().post("/api/v1/bids/" + id + "/response", kai.token(),
                Map.of("response", "toward", "text", "b".repeat(2001))).status()).isEqualTo(400);
    }

    private long bid() {
        return api().post("/api/v1/bids", robin.token(), Map.of("text", "Look at this sunset!")).body().get("id").asLong();
    }
}
