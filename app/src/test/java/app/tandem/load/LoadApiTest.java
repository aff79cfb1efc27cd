package app.tandem.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoadApiTest extends IntegrationTest {

    private TestCouple couple;
    private TestPartner robin; // A: started the couple
    private TestPartner kai;   // B

    @BeforeEach
    void formACouple() {
        couple = aCouple();
        robin = couple.robin();
        kai = couple.kai();
    }

    @Test
    void aCouplePicksItemsFromTheCatalogueInOneGoAndPickingTwiceDoesNotDoubleThem() {
        assertThat(api().get("/api/v1/load/catalogue", robin.token()).body().size()).isBetween(55, 70);

        Response picked = pick(robin, "laundry", "A", "cook-dinner", "shared");
        Response again = pick(kai, "laundry", "B", "bins", "B");

        assertThat(picked.status()).isEqualTo(201);
        assertThat(again.body().findValuesAsString("title")).containsExactly("Bins and recycling out");
        JsonNode items = api().get("/api/v1/load/items", kai.token()).body();
        assertThat(items.findValuesAsString("catalogueKey")).containsExactlyInAnyOrder("laundry", "cook-dinner", "bins");
        JsonNode laundry = find(items, "laundry");
        assertThat(laundry.get("noticing").asString()).isEqualTo("A");
        assertThat(laundry.get("doing").asString()).isEqualTo("A");
        assertThat(laundry.get("cadence").asString()).isEqualTo("every-n-days");
        assertThat(laundry.get("everyDays").asInt()).isEqualTo(3);
        assertThat(laundry.get("doneMeans").asString()).isNotBlank();
    }

    @Test
    void anItemOfOurOwnIsCheckedFieldByField() {
        Response bad = api().post("/api/v1/load/items", robin.token(),
                Map.of("title", " ", "area", "garage", "cadence", "every-n-days", "minutes", 0, "noticing", "C",
                        "planning", "A", "doing", "A"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").propertyNames())
                .containsExactlyInAnyOrder("title", "area", "everyDays", "minutes", "noticing");

        Response created = api().post("/api/v1/load/items", robin.token(), draft("Sort the photo albums", 60, "A", "A",
                "shared"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Response changed = api().put("/api/v1/load/items/" + id, kai.token(), draft("Sort the photo albums", 90,
                "B", "A", "shared"));
        assertThat(changed.body().get("minutes").asInt()).isEqualTo(90);
        assertThat(changed.body().get("noticing").asString()).isEqualTo("B");
    }

    @Test
    void oneTapLogsAnOccurrenceSplitIntoMentalForThePhaseOwnersAndDoingForWhoDidIt() {
        long dinner = addItem("Cook dinner", 30, "A", "A", "B");

        Response done = api().post("/api/v1/load/items/" + dinner + "/done", kai.token(), "");

        assertThat(done.status()).isEqualTo(201);
        assertThat(done.body().get("doneBy").asString()).isEqualTo("B");
        JsonNode thisWeek = last(api().get("/api/v1/load/ledger", robin.token()).body());
        assertThat(thisWeek.get("a").get("mental").asInt()).isEqualTo(10);
        assertThat(thisWeek.get("a").get("doing").asInt()).isZero();
        assertThat(thisWeek.get("b").get("doing").asInt()).isEqualTo(20);
        assertThat(thisWeek.get("b").get("mental").asInt()).isZero();
        assertThat(thisWeek.get("shareA").asInt()).isEqualTo(33);
        assertThat(thisWeek.get("shareB").asInt()).isEqualTo(67);
    }

    @Test
    void anOccurrenceCanBeBackDatedIntoAnEarlierWeekButNotIntoTheFutureOrBeyondAYear() {
        long dinner = addItem("Cook dinner", 30, "A", "A", "A");

        Response lastWeek = logDone(robin, dinner, "shared", daysIntoWeek(-1, 2));
        Response future = logDone(robin, dinner, "A", clock.instant().plus(Duration.ofHours(2)));
        Response ancient = logDone(robin, dinner, "A", clock.instant().minus(Duration.ofDays(400)));

        assertThat(lastWeek.status()).isEqualTo(201);
        assertThat(future.status()).isEqualTo(400);
        assertThat(ancient.status()).isEqualTo(400);
        JsonNode weeks = api().get("/api/v1/load/ledger?weeks=2", kai.token()).body();
        assertThat(weeks.size()).isEqualTo(2);
        assertThat(weeks.get(0).get("a").get("total").asInt()).isEqualTo(20);
        assertThat(weeks.get(0).get("b").get("doing").asInt()).isEqualTo(10);
        assertThat(weeks.get(1).has("shareA")).as("no share in a week with nothing logged").isFalse();
    }

    @Test
    void aMistakenTapCanBeTakenBack() {
        long dinner = addItem("Cook dinner", 30, "A", "A", "A");
        long done = api().post("/api/v1/load/items/" + dinner + "/done", robin.token(), "").body().get("id").asLong();

        assertThat(api().delete("/api/v1/load/done/" + done, kai.token()).status()).isEqualTo(204);

        assertThat(api().get("/api/v1/load/done", robin.token()).body().size()).isZero();
        assertThat(api().delete("/api/v1/load/done/" + done, kai.token()).status()).isEqualTo(404);
    }

    @Test
    void aProposedSplitCountsOnlyOnceTheOtherPartnerAgrees() {
        Response proposed = api().put("/api/v1/load/fair-share", kai.token(), Map.of("myPercent", 40));

        assertThat(proposed.body().get("targetA").asInt()).isEqualTo(50);
        assertThat(proposed.body().get("proposedTargetA").asInt()).isEqualTo(60);
        assertThat(api().post("/api/v1/load/fair-share/agree", kai.token(), "").status()).isEqualTo(409);

        Response agreed = api().post("/api/v1/load/fair-share/agree", robin.token(), "");

        assertThat(agreed.body().get("targetA").asInt()).isEqualTo(60);
        assertThat(agreed.body().get("targetB").asInt()).isEqualTo(40);
        assertThat(agreed.body().has("proposedTargetA")).isFalse();
        assertThat(api().put("/api/v1/load/fair-share", robin.token(), Map.of("myPercent", 101)).status())
                .isEqualTo(400);
    }

    @Test
    void theBalanceShowsTwelveWeeksAgainstTheTargetAndTheItemsThatTiltItMost() {
        long dinner = addItem("Cook dinner", 60, "A", "A", "A");
        long bins = addItem("Bins out", 6, "B", "B", "B");
        done(robin, dinner, "A", null);
        done(kai, bins, "B", null);

        JsonNode balance = api().get("/api/v1/load/balance", kai.token()).body();

        assertThat(balance.get("me").asString()).isEqualTo("B");
        assertThat(balance.get("partners").findValuesAsString("displayName")).containsExactly("Robin", "Kai");
        assertThat(balance.get("weeks").size()).isEqualTo(12);
        assertThat(last(balance.get("weeks")).get("shareA").asInt()).isEqualTo(91);
        assertThat(balance.get("fairShare").get("targetA").asInt()).isEqualTo(50);
        JsonNode tilt = balance.get("tilts").get(0);
        assertThat(tilt.get("title").asString()).isEqualTo("Cook dinner");
        assertThat(tilt.get("towards").asString()).isEqualTo("A");
        assertThat(tilt.get("minutes").asInt()).isEqualTo(30);
        assertThat(balance.has("goingItAlone")).isFalse();
    }

    @Test
    void threeWeeksOfCarryingTenPointsOverTheTargetPromptsTheCarrierAloneWithAPrefilledNeed() {
        long laundry = addItem("Laundry", 60, "A", "A", "A");
        long bins = addItem("Bins out", 30, "B", "B", "B");
        for (int week = -3; week <= -1; week++) {
            done(robin, laundry, "A", daysIntoWeek(week, 1));
            done(robin, laundry, "A", daysIntoWeek(week, 3));
            done(kai, bins, "B", daysIntoWeek(week, 2));
        }

        JsonNode robinsView = api().get("/api/v1/load/balance", robin.token()).body();
        JsonNode kaisView = api().get("/api/v1/load/balance", kai.token()).body();

        assertThat(kaisView.has("goingItAlone")).isFalse();
        JsonNode alert = robinsView.get("goingItAlone");
        assertThat(alert.get("carrier").asString()).isEqualTo("A");
        assertThat(alert.get("averagePercent").asInt()).isEqualTo(80);
        assertThat(alert.get("targetPercent").asInt()).isEqualTo(50);
        assertThat(alert.get("feeling").asString()).isEmpty();
        assertThat(alert.get("because").asString()).startsWith("I've been carrying about 80% of our load")
                .contains("\u201cLaundry\u201d");
        assertThat(alert.get("need").asString())
                .isEqualTo("you to take over the noticing, planning and doing of \u201cLaundry\u201d, starting this week.");
        assertThat(alert.get("composerLink").asString()).startsWith("/needs/new?feeling=&because=");
        assertThat(alert.get("handOver").get("itemId").asLong()).isEqualTo(laundry);
    }

    @Test
    void twoHeavyWeeksAndAnAgreedUnevenSplitDoNotPrompt() {
        long laundry = addItem("Laundry", 60, "A", "A", "A");
        long bins = addItem("Bins out", 30, "B", "B", "B");
        for (int week = -2; week <= -1; week++) {
            done(robin, laundry, "A", daysIntoWeek(week, 1));
            done(kai, bins, "B", daysIntoWeek(week, 2));
        }
        assertThat(api().get("/api/v1/load/balance", robin.token()).body().has("goingItAlone")).isFalse();

        done(robin, laundry, "A", daysIntoWeek(-3, 1));
        done(kai, bins, "B", daysIntoWeek(-3, 2));
        assertThat(api().get("/api/v1/load/balance", robin.token()).body().has("goingItAlone")).isTrue();

        couple.withFairShareAgreed(60);
        assertThat(api().get("/api/v1/load/balance", robin.token()).body().has("goingItAlone")).isFalse();
    }

    @Test
    void aHandOverMovesThePhasesOnlyOnceTheOtherPartnerSaysYesAndLeavesPastWeeksAsTheyWere() {
        long laundry = addItem("Laundry", 60, "A", "A", "A");
        done(robin, laundry, "A", daysIntoWeek(-1, 1));

        Response proposed = api().post("/api/v1/load/handovers", robin.token(),
                Map.of("itemId", laundry, "phases", List.of("planning", "doing")));
        assertThat(proposed.status()).isEqualTo(201);
        long id = proposed.body().get("id").asLong();
        assertThat(item(kai, laundry).get("planning").asString()).isEqualTo("A");
        assertThat(api().post("/api/v1/load/handovers/" + id + "/accept", robin.token(), "").status()).isEqualTo(409);
        assertThat(api().post("/api/v1/load/handovers", robin.token(),
                Map.of("itemId", laundry, "phases", List.of("noticing"))).status()).isEqualTo(409);

        Response accepted = api().post("/api/v1/load/handovers/" + id + "/accept", kai.token(), "");

        assertThat(accepted.body().get("status").asString()).isEqualTo("accepted");
        JsonNode item = item(robin, laundry);
        assertThat(item.get("noticing").asString()).isEqualTo("A");
        assertThat(item.get("planning").asString()).isEqualTo("B");
        assertThat(item.get("doing").asString()).isEqualTo("B");
        JsonNode lastWeek = api().get("/api/v1/load/ledger?weeks=2", robin.token()).body().get(0);
        assertThat(lastWeek.get("shareA").asInt()).isEqualTo(100);
        assertThat(api().post("/api/v1/load/handovers/" + id + "/decline", kai.token(), "").status()).isEqualTo(409);
        assertThat(api().get("/api/v1/load/handovers", kai.token()).body().size()).isZero();
    }

    @Test
    void aHandOverIsANeedAndAYesToItMovesTheOwnership() {
        long laundry = addItem("Laundry", 60, "A", "A", "A");
        long handover = couple.withHandoverProposed(laundry, Phase.DOING).id();
        long need = jdbc.sql("select need_id from load_handover where id = ?").param(handover).query(Long.class).single();

        JsonNode asked = api().get("/api/v1/needs/" + need, kai.token()).body();
        assertThat(asked.get("status").asString()).isEqualTo("sent");
        assertThat(asked.get("need").asString()).contains("take over the doing of \u201cLaundry\u201d");
        api().post("/api/v1/needs/" + need + "/reflection", kai.token(), Map.of("text", "You want me to do the laundry."));
        api().post("/api/v1/needs/" + need + "/reflection/confirm", robin.token(), "");
        assertThat(item(robin, laundry).get("doing").asString()).isEqualTo("A");

        Response yes = api().post("/api/v1/needs/" + need + "/answer", kai.token(), Map.of("kind", "yes"));

        assertThat(yes.status()).isEqualTo(200);
        assertThat(item(robin, laundry).get("doing").asString()).isEqualTo("B");
        assertThat(api().get("/api/v1/load/handovers/" + handover, robin.token()).body().get("status").asString())
                .isEqualTo("accepted");
    }

    @Test
    void anotherWayToAHandOverNeedLeavesTheOwnershipWhereItWas() {
        long bins = addItem("Bins", 10, "A", "A", "A");
        long handover = couple.withHandoverProposed(bins, Phase.NOTICING).id();
        long need = jdbc.sql("select need_id from load_handover where id = ?").param(handover).query(Long.class).single();
        api().post("/api/v1/needs/" + need + "/reflection", kai.token(), Map.of("text", "You want me to notice the bins."));
        api().post("/api/v1/needs/" + need + "/reflection/confirm", robin.token(), "");

        api().post("/api/v1/needs/" + need + "/answer", kai.token(), Map.of("kind", "other_way",
                "text", "I can take the doing instead."));

        assertThat(item(robin, bins).get("noticing").asString()).isEqualTo("A");
        assertThat(api().get("/api/v1/load/handovers/" + handover, robin.token()).body().get("status").asString())
                .isEqualTo("proposed");
    }

    @Test
    void aDeclinedHandOverLeavesOwnershipAndOnlyOwnPhasesCanBeHandedOver() {
        long laundry = addItem("Laundry", 60, "A", "shared", "B");

        assertThat(api().post("/api/v1/load/handovers", robin.token(),
                Map.of("itemId", laundry, "phases", List.of("doing"))).status()).isEqualTo(400);
        long id = api().post("/api/v1/load/handovers", robin.token(),
                Map.of("itemId", laundry, "phases", List.of("noticing", "planning"))).body().get("id").asLong();

        Response declined = api().post("/api/v1/load/handovers/" + id + "/decline", kai.token(), "");

        assertThat(declined.body().get("status").asString()).isEqualTo("declined");
        assertThat(item(robin, laundry).get("noticing").asString()).isEqualTo("A");
        assertThat(item(robin, laundry).get("planning").asString()).isEqualTo("shared");
    }

    @Test
    void loadWaitsUntilBothPartnersAreThere() {
        TestPartner alone = aPartner("Sol");
        api().post("/api/v1/couple", alone.token(), "");

        assertThat(api().get("/api/v1/load/items", alone.token()).status()).isEqualTo(409);
        assertThat(api().get("/api/v1/load/balance", aPartner("Nobody").token()).status()).isEqualTo(404);
    }

    @Test
    void anArchivedItemLeavesTheListButItsHistoryStays() {
        long laundry = addItem("Laundry", 60, "A", "A", "A");
        done(robin, laundry, "A", null);

        assertThat(api().delete("/api/v1/load/items/" + laundry, kai.token()).status()).isEqualTo(204);

        assertThat(api().get("/api/v1/load/items", robin.token()).body().size()).isZero();
        assertThat(api().get("/api/v1/load/items/" + laundry, robin.token()).status()).isEqualTo(404);
        assertThat(last(api().get("/api/v1/load/ledger", robin.token()).body()).get("a").get("total").asInt())
                .isEqualTo(60);
    }

    // --- helpers

    private Response pick(TestPartner who, String... keysAndOwners) {
        List<Map<String, String>> picks = new java.util.ArrayList<>();
        for (int i = 0; i < keysAndOwners.length; i += 2) {
            picks.add(Map.of("key", keysAndOwners[i], "owner", keysAndOwners[i + 1]));
        }
        return api().post("/api/v1/load/items/picks", who.token(), Map.of("picks", picks));
    }

    private static Map<String, Object> draft(String title, int minutes, String noticing, String planning, String doing) {
        return Map.of("title", title, "area", "home", "cadence", "weekly", "minutes", minutes, "noticing", noticing,
                "planning", planning, "doing", doing, "doneMeans", "All of it, put away");
    }

    /** Built through the service; the API's own add is checked in {@link #anItemOfOurOwnIsCheckedFieldByField}. */
    private long addItem(String title, int minutes, String noticing, String planning, String doing) {
        return couple.withLoadItem(title, minutes, Owner.parse(noticing), Owner.parse(planning), Owner.parse(doing)).id();
    }

    /** One occurrence, set up through the service (logging through the API has tests of its own). */
    private void done(TestPartner who, long itemId, String doneBy, Instant doneAt) {
        couple.withDone(who, itemId, Owner.parse(doneBy), doneAt);
    }

    private Response logDone(TestPartner who, long itemId, String doneBy, Instant doneAt) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("doneBy", doneBy);
        if (doneAt != null) {
            body.put("doneAt", doneAt.toString());
        }
        return api().post("/api/v1/load/items/" + itemId + "/done", who.token(), body);
    }

    private JsonNode item(TestPartner who, long id) {
        return api().get("/api/v1/load/items/" + id, who.token()).body();
    }

    /** Noon on the given day (0 = Monday) of the week {@code weeksAgo} (negative) from this one. */
    private Instant daysIntoWeek(int weeksFromNow, int day) {
        LocalDate monday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.plusWeeks(weeksFromNow).plusDays(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static JsonNode find(JsonNode items, String key) {
        for (JsonNode item : items) {
            if (key.equals(item.path("catalogueKey").asString(""))) {
                return item;
            }
        }
        throw new AssertionError("no item " + key);
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
