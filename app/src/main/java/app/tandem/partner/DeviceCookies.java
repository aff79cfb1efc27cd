package app.tandem.partner;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A device a partner has signed in from before. A successful sign-in sets a long-lived cookie
 * {@code TANDEM_DEVICE}: the partner's id, a random device id and an HMAC of both keyed with
 * the partner's password hash. Nobody without the database can forge one; it needs no table
 * (every node can check it) and it stops working when the password changes.
 *
 * <p>A sign-in that carries a valid cookie for the account is counted against that device
 * alone, not against the account or the address: five wrong guesses by a stranger lock the
 * account for strangers, never for the partner's own phone.
 */
@Component
class DeviceCookies {

    static final String NAME = "TANDEM_DEVICE";
    private static final Duration LIFETIME = Duration.ofDays(400); // the most browsers keep a cookie
    private final SecureRandom random = new SecureRandom();
    private final boolean secure;

    DeviceCookies(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        this.secure = secure;
    }

    /** A fresh device cookie for the partner (whose password hash must still be loaded). */
    String issue(PartnerPrincipal partner) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        return partner.id() + "." + device + "." + mac(partner, device);
    }

    /** Keeps the device id of an earlier cookie, if it is still valid for this partner. */
    String reissue(String previous, PartnerPrincipal partner) {
        return deviceOf(previous, partner).map(device -> partner.id() + "." + device + "." + mac(partner, device))
                .orElseGet(() -> issue(partner));
    }

    /** The device id when {@code value} is a valid cookie for {@code partner}. */
    Optional<String> deviceOf(String value, PartnerPrincipal partner) {
        if (value == null || value.length() > 200 || partner.getPassword() == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.");
        if (parts.length != 3 || !parts[0].equals(Long.toString(partner.id())) || !parts[1].matches("[A-Za-z0-9_-]{16}")) {
            return Optional.empty();
        }
        boolean valid = MessageDigest.isEqual(mac(partner, parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(parts[1]) : Optional.empty();
    }

    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (NAME.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    void write(HttpServletResponse response, String value) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).path("/").httpOnly(true).secure(secure)
                .sameSite("Lax").maxAge(LIFETIME).build().toString());
    }

    private static String mac(PartnerPrincipal partner, String device) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(partner.getPassword().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] tag = hmac.doFinal(("tandem-device:" + partner.id() + ":" + device).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
