package app.tandem.push.web;

import app.tandem.kernel.FieldErrors;
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
        checkKey(errors, "keys.p256dh", "The browser's public key", keys.p256dh(), 65);
        checkKey(errors, "keys.auth", "The browser's auth secret", keys.auth(), 16);
        return errors.orThrow(() -> new Subscribe(endpoint, keys.p256dh(), keys.auth(), DeviceLabel.of(userAgent)));
    }

    private void checkEndpoint(FieldErrors errors) {
        if (endpoint.isEmpty()) {
            errors.add("endpoint", "The push address is missing. Turn push on again from the account page.");
        } else if (endpoint.length() > MAX_ENDPOINT) {
            errors.add("endpoint", "The push address is " + endpoint.length() + " characters long; at most "
                    + MAX_ENDPOINT + " are kept.");
        } else if (!absolute(endpoint)) {
            errors.add("endpoint", "The push address is not a web address (https://…).");
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

    private static void checkKey(FieldErrors errors, String field, String what, String value, int length) {
        if (value.isEmpty()) {
            errors.add(field, what + " is missing. Turn push on again from the account page.");
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(value.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            errors.add(field, what + " is not base64url text.");
            return;
        }
        if (bytes.length != length || (length == 65 && bytes[0] != 4)) {
            errors.add(field, what + " should be " + length + " bytes" + (length == 65 ? " (an uncompressed P-256 point)" : "")
                    + "; this one is " + bytes.length + ".");
        }
    }
}
