package app.tandem.partner;

import app.tandem.web.Pages;
import app.tandem.kernel.TooManyAttemptsException;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A wrong password goes back to the form; a throttled sign-in is answered 429 with
 * Retry-After, and the page says when to try again.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'");
    private final TemplateEngine templates;

    SignInFailureHandler(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof SignInThrottledException throttled) {
            TooManyAttemptsException tooMany = throttled.throttle();
            StringOutput page = new StringOutput();
            templates.render("partner/signIn.jte", Map.of("page", Pages.of(request, null),
                    "view", new SignInView(false, false, waitMessage(tooMany))), page);
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page.toString());
            return;
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    static String waitMessage(TooManyAttemptsException tooMany) {
        long minutes = Math.max(1, (tooMany.retryAfterSeconds() + 59) / 60);
        return "Too many sign-in attempts. To keep your account safe, please wait " + minutes
                + (minutes == 1 ? " minute" : " minutes") + " and try again at "
                + CLOCK.format(tooMany.retryAt().atOffset(ZoneOffset.UTC)) + ".";
    }
}
