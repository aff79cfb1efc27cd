package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemApplication;
import app.tandem.support.IntegrationTest;
import app.tandem.support.RecordingChannel;
import app.tandem.support.TestCouple;
import app.tandem.support.TestMail;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one database deliver the same outbox at the same time: every entry reaches
 * its partner once, in one group, whichever node took it.
 */
class TwoNodesDeliveryTest extends IntegrationTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    private javax.sql.DataSource dataSource;

    @Test
    void twoNodesNeverSendTheSameEntryTwice() throws Exception {
        startNodeB();
        assertThat(nodeB.getBeansOfType(DeliveryChannel.class).values())
                .as("node B has the test push channel too").anyMatch(c -> c instanceof RecordingChannel);
        List<TestCouple> couples = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TestCouple couple = aCouple();
            api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Tea?"));
            api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "A walk?"));
            couples.add(couple);
        }
        List<Long> kais = couples.stream().map(c -> c.kai().id()).toList();

        // The grouping window has passed, for both nodes' clocks; node B polls every 50 ms, node A races it twice over.
        jdbc.sql("update delivery set due_at = now() - interval '1 second' where recipient_id in (:kais)")
                .param("kais", kais).update();
        CompletableFuture<?> a1 = CompletableFuture.runAsync(this::deliverNow);
        CompletableFuture<?> a2 = CompletableFuture.runAsync(this::deliverNow);
        CompletableFuture.allOf(a1, a2).get();
        awaitNothingPending(kais);

        for (TestCouple couple : couples) {
            assertThat(TestMail.to(couple.kai().email())).as("one e-mail for Kai of couple %s", couple.id()).hasSize(1);
            assertThat(RecordingChannel.to(couple.kai().id())).singleElement()
                    .satisfies(push -> assertThat(push.entries()).hasSize(2));
        }
    }

    private void awaitNothingPending(List<Long> kais) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            int pending = jdbc.sql("select count(*) from delivery where recipient_id in (:kais) and delivered_at is null")
                    .param("kais", kais).query(Integer.class).single();
            if (pending == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("deliveries still pending after 10 s");
    }

    private void startNodeB() {
        if (nodeB == null) {
            HikariDataSource a = (HikariDataSource) dataSource;
            // The test push channel is given to node B as a source: test configuration is not scanned there.
            nodeB = new SpringApplicationBuilder(TandemApplication.class, RecordingChannel.class).run(
                    "--tandem.database.url=" + a.getJdbcUrl(), "--tandem.database.user=" + a.getUsername(),
                    "--tandem.database.password=" + (a.getPassword() == null ? "" : a.getPassword()),
                    "--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off",
                    "--tandem.notifications.poll=50ms", "--spring.mail.host=localhost",
                    "--spring.mail.port=" + TestMail.port(), "--spring.mail.properties.mail.smtp.auth=false",
                    "--spring.mail.properties.mail.smtp.starttls.enable=false",
                    "--spring.mail.properties.mail.smtp.starttls.required=false");
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }
}
