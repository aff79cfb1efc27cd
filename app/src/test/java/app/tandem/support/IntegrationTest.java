package app.tandem.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context every integration test shares (each new context costs seconds on
 * two cores): the real app on a random port, over a fresh embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.database.data-dir=target/test-database",
        "tandem.database.clean-start=true",
        "logging.level.root=warn",
        // Tests decide when deliveries happen (DeliveryRounds.run), with GreenMail as the SMTP server.
        "tandem.notifications.poll=1h", "spring.mail.host=localhost",
        "spring.mail.properties.mail.smtp.auth=false", "spring.mail.properties.mail.smtp.starttls.enable=false",
        "spring.mail.properties.mail.smtp.starttls.required=false", "tandem.mail.from=tandem@example.org",
        // Web Push tests run their own push service on localhost, over http.
        "tandem.push.endpoint-hosts=127.0.0.1,localhost", "tandem.push.allow-http=true"})
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private CoupleFixtures fixtures;
    @Autowired
    protected org.springframework.context.ApplicationContext context;

    @org.springframework.test.context.DynamicPropertySource
    static void mailServer(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMail::port);
    }

    /** One delivery round on this node, now: due prompts fire, due deliveries go. */
    protected void deliverNow() {
        app.tandem.notification.DeliveryRounds.run(context);
    }

    private TestApi api;

    /** Robin and Kai, a new couple; built through the services. */
    protected TestCouple aCouple() {
        return fixtures.aCouple();
    }

    protected TestApi.TestPartner aPartner(String displayName) {
        return fixtures.aPartner(displayName);
    }

    protected TestApi api() {
        if (api == null) {
            api = new TestApi(port);
        }
        return api;
    }

    /** Throttles and the clock are shared by all tests; leave them as we found them. */
    @AfterEach
    void resetSharedState() {
        clock.reset();
        jdbc.sql("delete from sign_in_failure").update();
    }
}
