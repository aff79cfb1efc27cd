package app.tandem.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page (unknown paths, uncaught errors), in Tandem's own words: a
 * page for browsers, a problem detail for the JSON API. Errors Tomcat answers before any
 * servlet sees the request (a malformed path) are written by {@link ContainerErrors} in the
 * same words.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t) {
            if (Failures.busy(t) || Failures.databaseUnavailable(t)) {
                status = 503;
                response.setHeader("Retry-After", "5");
            } else if (Failures.characterRefused(t)) {
                status = 400;
            } else if (Failures.bodyTooLarge(t)) {
                status = 413;
            }
        }
        String key = failure instanceof Throwable t && Failures.characterRefused(t) ? Failures.CHARACTER_REFUSED
                : failure instanceof Throwable t && Failures.busy(t) ? Failures.BUSY : keyFor(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && isApi(path, request.getContextPath())) {
            HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR
                    : HttpStatus.valueOf(status);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(httpStatus, english(key));
            problem.setTitle(httpStatus.getReasonPhrase());
            return ResponseEntity.status(httpStatus).body(problem);
        }
        // The page speaks the reader's language; the API's detail stays English (docs/translating.md).
        String words = Text.current().t(key);
        return WebErrors.page(request, response, auth, status, words);
    }

    static boolean isApi(String path, String contextPath) {
        String prefix = (contextPath == null ? "" : contextPath) + "/api/";
        return path != null && (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1)));
    }

    /** A problem detail as JSON text, for the places that answer before Spring MVC (filters, Tomcat). */
    static String problemJson(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The words for an answer with this status, when nothing more particular is known. */
    static String keyFor(int status) {
        return "error.status." + switch (status) {
            case 400, 403, 404, 405, 413, 503 -> status;
            // We do not know how far the request got: it may or may not have been saved.
            default -> 500;
        };
    }

    /** In English: for the API's problem details and for Tomcat's own answers. */
    static String messageFor(int status) {
        return english(keyFor(status));
    }

    static String english(String key) {
        return Text.in(Locale.ENGLISH).t(key);
    }
}
