package app.tandem.partner;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A wrong password goes back to the form; a throttled sign-in is answered 429 with
 * Retry-After, and the page says when to try again.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String THROTTLE_ATTRIBUTE = SignInFailureHandler.class.getName() + ".throttle";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof SignInThrottledException throttled) {
            request.setAttribute(THROTTLE_ATTRIBUTE, throttled.throttle());
            request.getRequestDispatcher("/sign-in/wait").forward(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }
}
