package app.tandem.push.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.push.Subscribe;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;

/**
 * A browser's push subscription as it sends it: the JSON of {@code PushSubscription.toJSON()}
 * ({@code endpoint}, {@code keys.p256dh}, {@code keys.auth}) for the API, the same names as form
 * fields for the page's script. Every field is checked at once.
 */
public record SubscriptionDraft(String endpoint, Keys keys) {

    /** The browser's keys, base64url: its P-256 public key (65 bytes) and its auth secret (16 bytes). */
    public record Keys(String p256dh, String auth) {
        public Keys {
            p256dh = p256dh == null ? "" : p256dh.strip();
            auth = auth == null ? "" : auth.strip();
        }
    }

    static final int MAX_ENDPOINT = 2048;

    public SubscriptionDraft {
        endpoint = endpoint == null ? "" : endpoint.strip();
        keys = keys == null ? new Keys(null, null) : keys;
    }

    Subscribe toCommand(String userAgent) {
        FieldErrors errors = new FieldErrors();
        checkEndpoint(errors);
        checkKey(errors, "keys.p256dh", Phrase.of("push.field.p256dh"), keys.p256dh(), 65);
        checkKey(errors, "keys.auth", Phrase.of("push.field.auth"), keys.auth(), 16);
        return errors.orThrow(() -> new Subscribe(endpoint, keys.p256dh(), keys.auth(), DeviceLabel.of(userAgent)));
    }

    private void checkEndpoint(FieldErrors errors) {
        if (endpoint.isEmpty()) {
            errors.add("endpoint", Phrase.of("push.error.endpoint"));
        } else if (endpoint.length() > MAX_ENDPOINT) {
            errors.add("endpoint", Phrase.of("push.error.endpoint.too-long", endpoint.length(), MAX_ENDPOINT));
        } else if (!absolute(endpoint)) {
            errors.add("endpoint", Phrase.of("push.error.endpoint.not-a-web"));
        }
    }

    private static boolean absolute(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkKey(FieldErrors errors, String field, Phrase what, String value, int length) {
        if (value.isEmpty()) {
            errors.add(field, Phrase.of("push.error.key.missing", what));
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(value.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            errors.add(field, Phrase.of("push.error.key.not-base64url", what));
            return;
        }
        if (bytes.length != length || (length == 65 && bytes[0] != 4)) {
            errors.add(field, Phrase.of(length == 65 ? "push.error.key.length.point" : "push.error.key.length", what, length,
                    bytes.length));
        }
    }
}
