package app.tandem.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.notification.Delivery;
import app.tandem.notification.DeliveryChannel;
import app.tandem.notification.DeliveryFailedException;
import app.tandem.notification.Notification;
import app.tandem.notification.NotificationKind;
import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The push channel against a push service inside the test: the real HTTP request arrives, its
 * payload decrypts with the subscription's keys (RFC 8291), its VAPID JWT verifies with the
 * server's public key (RFC 8292), and the service's answers decide what becomes of the device.
 */
class PushChannelTest extends IntegrationTest {

    @Autowired
    private List<DeliveryChannel> channels;
    @Autowired
    private PushSubscriptions subscriptions;
    @Autowired
    private PushKeys keys;

    private TestPushService pushService;
    private TestPartner kai;
    private DeliveryChannel push;

    @BeforeEach
    void kaiHasPushOnInOneBrowser() throws Exception {
        push = channels.stream().filter(PushChannel.class::isInstance).findFirst().orElseThrow();
        pushService = new TestPushService();
        kai = aPartner("Kai");
        subscriptions.subscribe(kai.id(), pushService.subscription(), null);
    }

    @AfterEach
    void stopPushService() {
        pushService.close();
    }

    @Test
    void thePushServiceReceivesAContentFreePayloadThatDecryptsWithTheSubscriptionsKeys() throws Exception {
        push.deliver(delivery(false, entry(NotificationKind.NEED_SENT, "/needs/7")));

        assertThat(pushService.received()).hasSize(1);
        TestPushService.Received request = pushService.received().get(0);
        assertThat(request.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(request.header("TTL")).isEqualTo("86400");
        JsonNode payload = pushService.decrypt(request);
        assertThat(payload.get("title").asString()).isEqualTo("Tandem");
        assertThat(payload.get("body").asString()).isEqualTo("Robin is waiting for you in Tandem");
        assertThat(payload.get("path").asString()).isEqualTo("/needs/7");
        assertThat(payload.toString()).doesNotContain("asked you");
    }

    @Test
    void theRequestIsSignedWithTheServersVapidKeyForThePushServicesOrigin() throws Exception {
        push.deliver(delivery(false, entry(NotificationKind.BID_MADE, "/bids/3")));

        JsonNode claims = pushService.verifyVapid(pushService.received().get(0), keys.publicKey());
        assertThat(claims.get("aud").asString()).isEqualTo(pushService.origin());
        assertThat(claims.get("sub").asString()).startsWith("mailto:");
        long expires = claims.get("exp").asLong();
        assertThat(expires).isGreaterThan(Instant.now().getEpochSecond())
                .isLessThanOrEqualTo(Instant.now().plusSeconds(24 * 60 * 60).getEpochSecond());
    }

    @Test
    void withThePartnersOptInThePayloadSaysWhatHappenedAndHowMuchMoreWaits() throws Exception {
        push.deliver(delivery(true, entry(NotificationKind.BID_MADE, "/bids/3"),
                entry(NotificationKind.NEED_SENT, "/needs/8")));

        JsonNode payload = pushService.decrypt(pushService.received().get(0));
        assertThat(payload.get("body").asString()).isEqualTo("Robin asked you for something they need (and 1 more)");
        assertThat(payload.get("path").asString()).isEqualTo("/needs/8");
    }

    @Test
    void unicodeAndMarkupInANameArriveAsTheyWereWritten() throws Exception {
        Notification odd = new Notification(1, NotificationKind.NEED_SENT, "Zoë <b>\"🙂\"</b>", "/needs/9",
                Instant.now(), null);
        push.deliver(delivery(false, odd));

        assertThat(pushService.decrypt(pushService.received().get(0)).get("body").asString())
                .isEqualTo("Zoë <b>\"🙂\"</b> is waiting for you in Tandem");
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void aSubscriptionThePushServiceSaysIsGoneIsRemoved(int status) {
        pushService.answerWith(status);

        push.deliver(delivery(false, entry(NotificationKind.NEED_SENT, "/needs/7")));

        assertThat(subscriptions.of(kai.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 503})
    void aBusyOrFailingPushServiceMeansTryAgainLaterAndTheSubscriptionStays(int status) {
        pushService.answerWith(status);

        assertThatThrownBy(() -> push.deliver(delivery(false, entry(NotificationKind.NEED_SENT, "/needs/7"))))
                .isInstanceOf(DeliveryFailedException.class).hasMessageContaining(Integer.toString(status));
        assertThat(subscriptions.of(kai.id())).hasSize(1);
    }

    @Test
    void aPushServiceThatCannotBeReachedMeansTryAgainLater() {
        String endpoint = pushService.endpoint();
        pushService.close();

        assertThatThrownBy(() -> push.deliver(delivery(false, entry(NotificationKind.NEED_SENT, "/needs/7"))))
                .isInstanceOf(DeliveryFailedException.class);
        assertThat(subscriptions.of(kai.id())).extracting(PushSubscription::endpoint).containsExactly(endpoint);
    }

    @Test
    void oneFailingDeviceDoesNotKeepThePushFromTheOthers() throws Exception {
        try (TestPushService phone = new TestPushService()) {
            subscriptions.subscribe(kai.id(), phone.subscription(), null);
            pushService.answerWith(503);

            assertThatThrownBy(() -> push.deliver(delivery(false, entry(NotificationKind.NEED_SENT, "/needs/7"))))
                    .isInstanceOf(DeliveryFailedException.class);
            assertThat(phone.received()).hasSize(1);
            assertThat(phone.decrypt(phone.received().get(0)).get("path").asString()).isEqualTo("/needs/7");
        }
    }

    @Test
    void aSubscriptionWhoseKeyIsNoPointOfTheCurveIsRemovedAndTheOthersStillGetTheirs() throws Exception {
        try (TestPushService odd = new TestPushService()) {
            subscriptions.subscribe(kai.id(), new Subscribe(odd.endpoint(), "B" + "A".repeat(86), odd.auth(), "Odd"), null);

            push.deliver(delivery(false, entry(NotificationKind.NEED_SENT, "/needs/7")));

            assertThat(odd.received()).isEmpty();
            assertThat(pushService.received()).hasSize(1);
            assertThat(subscriptions.of(kai.id())).extracting(PushSubscription::endpoint)
                    .containsExactly(pushService.endpoint());
        }
    }

    @Test
    void aPartnerWithNoDeviceIsDoneAtOnce() {
        TestPartner sky = aPartner("Sky");

        push.deliver(new Delivery(sky.id(), "Sky", List.of(entry(NotificationKind.NEED_SENT, "/needs/7")), false));

        assertThat(pushService.received()).isEmpty();
    }

    private Delivery delivery(boolean includeText, Notification... entries) {
        return new Delivery(kai.id(), "Kai", List.of(entries), includeText);
    }

    private static Notification entry(NotificationKind kind, String path) {
        return new Notification(1, kind, "Robin", path, Instant.now(), null);
    }
}
