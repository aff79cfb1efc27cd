package app.tandem.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The token in an e-mail's unsubscribe link: the partner's id and an HMAC of it. Unguessable
 * without the server's key, it needs no table and no sign-in (RFC 8058: a mail client posts it
 * on the partner's behalf), and it can only ever turn e-mail off.
 */
@Component
public class UnsubscribeTokens {

    private final ServerSecrets secrets;

    UnsubscribeTokens(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    public String tokenFor(long partnerId) {
        return partnerId + "." + mac(partnerId);
    }

    /** The partner the token was made for, when it is one of ours. */
    public OptionalLong partnerOf(String token) {
        if (token == null || token.length() > 100) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return OptionalLong.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.empty();
        }
        boolean valid = MessageDigest.isEqual(mac(id).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return valid ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private String mac(long partnerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.signingKey(), "HmacSHA256"));
            byte[] sum = mac.doFinal(("unsubscribe:" + partnerId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
