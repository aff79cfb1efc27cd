package app.tandem.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page (unknown paths, uncaught errors), in Tandem's own words: a
 * page for browsers, a problem detail for the JSON API.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR
                    : HttpStatus.valueOf(status);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(httpStatus, messageFor(status));
            problem.setTitle(httpStatus.getReasonPhrase());
            return ResponseEntity.status(httpStatus).body(problem);
        }
        return WebErrors.page(request, response, auth, status, messageFor(status));
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 404 -> "We could not find that page.";
            case 403 -> "That is not yours to open. If you were filling in a form, reload the page and try again.";
            case 405 -> "That page does not take this kind of request.";
            case 400 -> "Something in that request was not as expected.";
            default -> "Something went wrong on our side. What you wrote is safe; please try again.";
        };
    }
}
