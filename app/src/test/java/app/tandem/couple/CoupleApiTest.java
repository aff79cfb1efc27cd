package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoupleApiTest extends IntegrationTest {

    @Test
    void onePartnerCreatesTheCoupleAndTheOtherJoinsWithTheCode() {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");

        Response created = api().post("/api/v1/couple", robin.token(), "");
        String code = created.body().get("invite").get("code").asString();
        Response joined = api().post("/api/v1/couple/join", kai.token(), Map.of("code", code));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("waiting");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(created.body().get("invite").get("link").asString()).endsWith("/join/" + code);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.body().get("status").asString()).isEqualTo("together");
        assertThat(joined.body().get("partners").findValuesAsString("displayName")).containsExactly("Robin", "Kai");
        assertThat(api().get("/api/v1/couple", robin.token()).body().get("status").asString()).isEqualTo("together");
    }

    @Test
    void codesAreForgivingOfCaseAndSpacesButNotOfTypos() {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        String code = api().post("/api/v1/couple", robin.token(), "").body().get("invite").get("code").asString();

        Response typo = api().post("/api/v1/couple/join", kai.token(), Map.of("code", "ZZZZ-ZZZZ"));
        Response sloppy = api().post("/api/v1/couple/join", kai.token(),
                Map.of("code", " " + code.toLowerCase().replace("-", " ") + " "));

        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body().get("errors").get("code").asString()).contains("does not match");
        assertThat(sloppy.status()).isEqualTo(200);
    }

    @Test
    void anInviteWorksOnlyOnce() {
        TestCouple couple = aCouple();
        TestPartner third = aPartner("Third");
        String used = jdbc.sql("select code from invite where used_by = ?").param(couple.kai().id())
                .query(String.class).single();

        Response again = api().post("/api/v1/couple/join", third.token(), Map.of("code", used));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("errors").get("code").asString()).contains("no longer valid");
    }

    @Test
    void anInviteExpiresAfter72Hours() {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        String code = api().post("/api/v1/couple", robin.token(), "").body().get("invite").get("code").asString();

        clock.advance(Duration.ofHours(72).plusMinutes(1));

        assertThat(api().post("/api/v1/couple/join", kai.token(), Map.of("code", code)).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/couple", robin.token()).body().has("invite")).isFalse();
    }

    @Test
    void aWithdrawnInviteNoLongerWorksAndARenewedOneDoes() {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        String first = api().post("/api/v1/couple", robin.token(), "").body().get("invite").get("code").asString();

        Response revoked = api().delete("/api/v1/couple/invite", robin.token());
        Response renewed = api().post("/api/v1/couple/invite", robin.token(), "");
        String second = renewed.body().get("invite").get("code").asString();

        assertThat(revoked.body().has("invite")).isFalse();
        assertThat(second).isNotEqualTo(first);
        assertThat(api().post("/api/v1/couple/join", kai.token(), Map.of("code", first)).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/couple/join", kai.token(), Map.of("code", second)).status()).isEqualTo(200);
    }

    @Test
    void renewingReplacesTheLiveInvite() {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        String first = api().post("/api/v1/couple", robin.token(), "").body().get("invite").get("code").asString();

        api().post("/api/v1/couple/invite", robin.token(), "");

        assertThat(api().post("/api/v1/couple/join", kai.token(), Map.of("code", first)).status()).isEqualTo(400);
    }

    @Test
    void aPartnerIsInAtMostOneCouple() {
        TestCouple couple = aCouple();
        TestPartner other = aPartner("Other");
        String code = api().post("/api/v1/couple", other.token(), "").body().get("invite").get("code").asString();

        Response createAgain = api().post("/api/v1/couple", couple.robin().token(), "");
        Response joinAnother = api().post("/api/v1/couple/join", couple.kai().token(), Map.of("code", code));

        assertThat(createAgain.status()).isEqualTo(409);
        assertThat(createAgain.body().get("detail").asString()).contains("already in a couple");
        assertThat(joinAnother.status()).isEqualTo(409);
    }

    @Test
    void aPartnerCannotJoinTheirOwnCouple() {
        TestPartner robin = aPartner("Robin");
        String code = api().post("/api/v1/couple", robin.token(), "").body().get("invite").get("code").asString();

        assertThat(api().post("/api/v1/couple/join", robin.token(), Map.of("code", code)).status()).isEqualTo(409);
    }

    @Test
    void aCompleteCoupleNeedsNoInvite() {
        TestCouple couple = aCouple();

        assertThat(api().post("/api/v1/couple/invite", couple.robin().token(), "").status()).isEqualTo(409);
    }

    @Test
    void eitherPartnerCanLeaveAloneWhichDissolvesTheCouple() {
        TestCouple couple = aCouple();

        Response left = api().delete("/api/v1/couple/membership", couple.kai().token());

        assertThat(left.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/couple", couple.robin().token()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/couple", couple.kai().token()).status()).isEqualTo(404);
        assertThat(api().post("/api/v1/couple", couple.robin().token(), "").status()).isEqualTo(201);
        assertThat(api().delete("/api/v1/couple/membership", couple.kai().token()).status()).isEqualTo(404);
    }

    @Test
    void wrongCodesAreThrottled() {
        TestPartner kai = aPartner("Kai");
        for (int i = 0; i < CoupleService.WRONG_CODES.attempts(); i++) {
            api().post("/api/v1/couple/join", kai.token(), Map.of("code", "WRNG-" + (2000 + i)));
        }

        Response blocked = api().post("/api/v1/couple/join", kai.token(), Map.of("code", "ABCD-EFGH"));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotNull();
    }

    @Test
    void emptyOrHugeCodesGetAClearMessage() {
        TestPartner kai = aPartner("Kai");

        Response empty = api().post("/api/v1/couple/join", kai.token(), Map.of("code", ""));
        Response huge = api().post("/api/v1/couple/join", kai.token(), Map.of("code", "A".repeat(100_000)));
        Response missing = api().post("/api/v1/couple/join", kai.token(), "{}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").get("code").asString()).contains("Enter the invite code");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
    }
}
