package app.tandem.partner;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;

/**
 * What a sign-in attempt brings besides the e-mail and password: the address it comes from
 * (the socket's peer; a proxy's {@code X-Forwarded-For} only when {@code TANDEM_FORWARD_HEADERS}
 * is {@code native}) and the device cookie, if any.
 */
record SignInDetails(String address, String deviceCookie) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static SignInDetails of(HttpServletRequest request) {
        return new SignInDetails(request.getRemoteAddr(), DeviceCookies.read(request));
    }
}
