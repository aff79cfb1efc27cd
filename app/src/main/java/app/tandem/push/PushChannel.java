package app.tandem.push;

import app.tandem.notification.Delivery;
import app.tandem.notification.DeliveryChannel;
import app.tandem.notification.DeliveryFailedException;
import app.tandem.partner.PartnerService;
import app.tandem.web.Languages;
import app.tandem.web.Text;
import com.interaso.webpush.WebPush;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a delivery to every browser the partner turned push on in: the payload encrypted for
 * each (RFC 8291, aes128gcm) and the request signed with the server's VAPID key (RFC 8292), by
 * {@code com.interaso:webpush}; the HTTP is ours, with time-outs, so a slow push service cannot
 * hold the delivery worker.
 *
 * <p>What the push service answers decides what happens: 2xx delivered; 404 and 410 mean the
 * browser dropped the subscription, which is removed; 429 and 5xx (or no answer) mean "later",
 * and the delivery is retried after the other devices have had theirs. Any other answer will not
 * change by retrying, and is logged by its status alone (never the payload, never the address).
 */
@Component
class PushChannel implements DeliveryChannel {

    private static final Logger log = LoggerFactory.getLogger(PushChannel.class);
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A push a device has not fetched in a day is stale: the inbox has it anyway. */
    private static final int TIME_TO_LIVE_SECONDS = 24 * 60 * 60;

    private final PushSubscriptions subscriptions;
    private final PushKeys keys;
    private final JsonMapper json;
    private final PartnerService partners;
    private final boolean enabled;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PushChannel(PushSubscriptions subscriptions, PushKeys keys, JsonMapper json, PartnerService partners,
            @Value("${tandem.push.enabled:true}") boolean enabled) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.json = json;
        this.partners = partners;
        this.enabled = enabled;
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void deliver(Delivery delivery) {
        List<PushSubscription> devices = subscriptions.of(delivery.recipientId());
        if (devices.isEmpty()) {
            return;
        }
        byte[] payload = json.writeValueAsString(PushMessage.of(delivery, wordsFor(delivery.recipientId())))
                .getBytes(StandardCharsets.UTF_8);
        DeliveryFailedException later = null;
        for (PushSubscription device : devices) {
            try {
                send(device, payload);
            } catch (DeliveryFailedException e) {
                later = e; // the others still get theirs now
            }
        }
        if (later != null) {
            throw later;
        }
    }

    /** A push is in its recipient's language, whoever's action sent it. */
    private Text wordsFor(long partnerId) {
        return Text.in(partners.languageOf(partnerId).orElse(Languages.ENGLISH));
    }

    private void send(PushSubscription device, byte[] payload) {
        WebPush push = new WebPush(keys.subject(), keys.vapidKeys());
        byte[] body = encrypted(push, device, payload);
        if (body == null) {
            subscriptions.gone(device);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(device.endpoint())).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        push.getHeaders(device.endpoint(), TIME_TO_LIVE_SECONDS, null, WebPush.Urgency.Normal).forEach(request::header);
        answered(device, status(request.build()));
    }

    /**
     * The payload encrypted for this browser, or null when its key is not a point of the curve:
     * well-formed but unusable, it never will be, so the subscription goes like a 410.
     */
    private static byte[] encrypted(WebPush push, PushSubscription device, byte[] payload) {
        try {
            return push.getBody(payload, BASE64URL.decode(device.p256dh()), BASE64URL.decode(device.auth()));
        } catch (Exception unusable) { // Kotlin throws the JDK's checked key exceptions undeclared
            log.warn("A push subscription's key cannot be used ({}); removing it", unusable.getClass().getSimpleName());
            return null;
        }
    }

    private int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryFailedException("The push service did not answer (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Interrupted while pushing", e);
        }
    }

    private void answered(PushSubscription device, int status) {
        if (status / 100 == 2) {
            return;
        }
        if (status == 404 || status == 410) {
            subscriptions.gone(device);
        } else if (status == 429 || status >= 500) {
            throw new DeliveryFailedException("The push service answered " + status + "; try again later");
        } else {
            log.warn("A push service refused a push with {}; not retried", status);
        }
    }
}
