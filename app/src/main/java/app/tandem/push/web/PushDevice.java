package app.tandem.push.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Which browser a subscription came from: a random key in the cookie {@code TANDEM_PUSH_DEVICE},
 * kept with the subscription, so that signing out in that browser removes its subscription and
 * leaves the partner's other devices alone. It is no secret and grants nothing: the deletion it
 * leads to is scoped by the signed-in partner as well.
 */
@Component
class PushDevice {

    static final String COOKIE = "TANDEM_PUSH_DEVICE";
    private static final Duration LIFETIME = Duration.ofDays(400);
    private final SecureRandom random = new SecureRandom();
    private final boolean secure;

    PushDevice(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        this.secure = secure;
    }

    static Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{22}")) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** This browser's key, made and set now if it has none. */
    String keyOf(HttpServletRequest request, HttpServletResponse response) {
        return of(request).orElseGet(() -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, key).path("/").httpOnly(true).secure(secure)
                    .sameSite("Lax").maxAge(LIFETIME).build().toString());
            return key;
        });
    }
}
