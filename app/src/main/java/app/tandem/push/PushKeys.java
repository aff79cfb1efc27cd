package app.tandem.push;

import com.interaso.webpush.VapidKeys;
import java.math.BigInteger;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's VAPID identity (RFC 8292): the key pair that signs every push request, and the
 * public key browsers subscribe with. Given by the environment ({@code TANDEM_PUSH_PUBLIC_KEY},
 * {@code TANDEM_PUSH_PRIVATE_KEY}), or else made at first start and kept in the database, so that
 * every node and every restart signs with the same key (a new key would orphan every subscription).
 */
@Component
public class PushKeys {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final VapidKeys keys;
    private final String subject;

    PushKeys(VapidKeyStore store, @Value("${tandem.push.public-key:}") String publicKey,
            @Value("${tandem.push.private-key:}") String privateKey,
            @Value("${tandem.push.subject:}") String subject, @Value("${tandem.base-url:}") String baseUrl) {
        this.keys = load(store, publicKey.strip(), privateKey.strip());
        this.subject = subject(subject.strip(), baseUrl.strip());
    }

    private static VapidKeys load(VapidKeyStore store, String publicKey, String privateKey) {
        if (publicKey.isEmpty() != privateKey.isEmpty()) {
            throw new IllegalStateException("Set both TANDEM_PUSH_PUBLIC_KEY and TANDEM_PUSH_PRIVATE_KEY, or neither "
                    + "(then Tandem makes a pair and keeps it in the database).");
        }
        if (!publicKey.isEmpty()) {
            return VapidKeys.fromUncompressedBytes(publicKey, privateKey);
        }
        VapidKeyStore.Stored stored = store.stored().orElseGet(() -> store.keepFirst(stored(VapidKeys.generate())));
        return VapidKeys.fromUncompressedBytes(stored.publicKey(), stored.privateKey());
    }

    static VapidKeyStore.Stored stored(VapidKeys keys) {
        return new VapidKeyStore.Stored(BASE64URL.encodeToString(keys.getApplicationServerKey()),
                BASE64URL.encodeToString(scalar(keys.getPrivateKey().getS())));
    }

    /** The private scalar as exactly 32 bytes (BigInteger may add a sign byte or drop leading zeros). */
    private static byte[] scalar(BigInteger s) {
        byte[] bytes = s.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    /**
     * Push services want a way to reach the server's operator: a mailto: or https: address.
     * The server's own address is the sensible default; a placeholder when none is set.
     */
    private static String subject(String configured, String baseUrl) {
        if (!configured.isEmpty()) {
            return configured;
        }
        return baseUrl.startsWith("https://") ? baseUrl : "mailto:push@tandem.invalid";
    }

    /** What a browser's {@code pushManager.subscribe} takes as {@code applicationServerKey}, base64url. */
    public String publicKey() {
        return BASE64URL.encodeToString(keys.getApplicationServerKey());
    }

    VapidKeys vapidKeys() {
        return keys;
    }

    String subject() {
        return subject;
    }

    @Override
    public String toString() {
        return "PushKeys[" + publicKey() + "]"; // never the private key
    }
}
