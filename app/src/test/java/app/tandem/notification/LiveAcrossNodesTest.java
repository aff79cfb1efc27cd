package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemApplication;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi;
import app.tandem.support.TestCouple;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A partner whose page is open on node A learns within a second what the other partner did on
 * node B: both nodes share one PostgreSQL, which announces every couple's change on commit.
 */
class LiveAcrossNodesTest extends IntegrationTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    private javax.sql.DataSource dataSource;

    @Test
    void whatOnePartnerDoesOnOneNodeReachesTheOthersOpenStreamOnAnother() throws Exception {
        TestCouple couple = aCouple();
        TestApi onNodeB = new TestApi(startNodeB());
        BlockingQueue<String> kaisStream = open(couple.kai().token());
        assertThat(kaisStream.poll(5, TimeUnit.SECONDS)).as("the stream opens").isEqualTo("open");

        long sentAt = System.nanoTime();
        var bid = onNodeB.post("/api/v1/bids", couple.robin().token(), Map.of("text", "A walk at six?"));
        assertThat(bid.status()).as(bid.raw().body()).isEqualTo(201);

        assertThat(kaisStream.poll(1, TimeUnit.SECONDS)).as("within a second of the commit").isEqualTo("changed");
        assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anotherCouplesStreamHearsNothing() throws Exception {
        TestCouple couple = aCouple();
        TestCouple other = aCouple();
        BlockingQueue<String> othersStream = open(other.kai().token());
        assertThat(othersStream.poll(5, TimeUnit.SECONDS)).isEqualTo("open");

        api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?"));

        assertThat(othersStream.poll(700, TimeUnit.MILLISECONDS)).isNull();
    }

    /** Node B: the same app, pointed at node A's database as an external one. */
    private int startNodeB() {
        if (nodeB == null) {
            HikariDataSource a = (HikariDataSource) dataSource;
            // Arguments, not default properties: application.yml's empty TANDEM_DATABASE_URL would win over those.
            nodeB = new SpringApplicationBuilder(TandemApplication.class).run(
                    "--tandem.database.url=" + a.getJdbcUrl(), "--tandem.database.user=" + a.getUsername(),
                    "--tandem.database.password=" + (a.getPassword() == null ? "" : a.getPassword()),
                    "--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off");
        }
        return ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    /** Kai's event stream on node A, as "open" and then the name of each event received. */
    private BlockingQueue<String> open(String token) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenAccept(response -> read(response.body(), events));
        return events;
    }

    private static void read(InputStream body, BlockingQueue<String> events) {
        events.add("open");
        try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("event:")) {
                    events.add(line.substring("event:".length()).strip());
                }
            }
        } catch (java.io.IOException closed) {
            // the stream ended with the test
        }
    }
}
