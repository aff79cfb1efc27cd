package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestCouple;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plans in a calendar: one plan's .ics (event, a reminder before, the debrief) and a partner's
 * secret feed, read by ical4j and valid per RFC 5545; the feed says nothing partners wrote unless
 * asked to, and a revoked or replaced link is not found.
 */
class CalendarFeedTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private TestCouple couple;
    private long id;

    @BeforeEach
    void aPlanWithADebrief() {
        couple = aCouple();
        Instant startsAt = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        id = api().post("/api/v1/plans", couple.robin().token(), Map.of("kind", "work-party", "title", "Robin's office party",
                "startsAt", startsAt.toString(), "place", "The Crown")).body().get("id").asLong();
        api().put("/api/v1/plans/" + id + "/debrief-time", couple.robin().token(),
                Map.of("at", startsAt.plus(Duration.ofHours(20)).toString()));
    }

    @Test
    void aPlansOwnFileHoldsTheEventAReminderBeforeAndTheDebrief() throws Exception {
        String ics = api().get("/api/v1/plans/" + id + "/calendar", couple.kai().token()).body().get("ics").asString();
        Calendar calendar = parsedAndValid(ics);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(ics).contains("SUMMARY:Plan: Robin's office party").contains("BEGIN:VALARM").contains("TRIGGER:-PT1H")
                .contains("Debrief: Robin's office party").contains("LOCATION:The Crown");
    }

    @Test
    void theFeedIsContentFreeByDefaultAndValid() throws Exception {
        String url = api().post("/api/v1/plans/calendar-feed", couple.kai().token(), Map.of()).body().get("url").asString();
        HttpResponse<String> feed = get(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = parsedAndValid(feed.body());
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(2);
        assertThat(feed.body()).contains("SUMMARY:A Tandem plan").doesNotContain("office party")
                .doesNotContain("Crown");

        String titled = api().post("/api/v1/plans/calendar-feed", couple.kai().token(), Map.of("withTitles", true))
                .body().get("url").asString();
        assertThat(get(titled).body()).contains("SUMMARY:Plan: Robin's office party").doesNotContain("Crown");
        assertThat(get(url).statusCode()).as("a new link replaces the old").isEqualTo(404);
    }

    @Test
    void aRevokedLinkIsNotFound() throws Exception {
        String url = api().post("/api/v1/plans/calendar-feed", couple.robin().token(), Map.of()).body().get("url").asString();
        assertThat(get(url).statusCode()).isEqualTo(200);
        Response revoked = api().delete("/api/v1/plans/calendar-feed", couple.robin().token());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(get(url).statusCode()).isEqualTo(404);
        assertThat(get(api().base() + "/calendar/not-a-real-token.ics").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from calendar_feed where partner_id = ?").param(couple.robin().id())
                .query(Integer.class).single()).isZero();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Parsed by ical4j, and valid by its RFC 5545 rules. */
    private static Calendar parsedAndValid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var result = calendar.validate();
        assertThat(result.hasErrors()).as("RFC 5545: %s", result.getEntries()).isFalse();
        assertThat(ics).contains("\r\n").contains("VERSION:2.0").contains("PRODID:");
        return calendar;
    }
}
