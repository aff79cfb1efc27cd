package app.tandem.web;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.TooManyAttemptsException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The JSON API's errors, as RFC 9457 problem details. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, words("api.title.not-found"), words("api.detail.not-found"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, words("api.title.conflict"), e.getMessage());
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, words("api.title.invalid"),
                words("api.detail.invalid", String.join(", ", e.phrases().keySet())));
        problem.setProperty("errors", e.fieldErrors());
        return problem;
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyAttemptsException e) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, words("api.title.too-many"),
                words("api.detail.too-many", e.retryAt().toString()));
        problem.setProperty("retryAt", e.retryAt().toString());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, words("api.title.invalid"),
                words("api.detail.wrong-type", e.getName()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        if (Failures.bodyTooLarge(ex)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                    words("api.title.too-large"), words("api.detail.too-large")));
        }
        // Never echo the parser's message: it can quote what the partner wrote.
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, words("api.title.invalid"),
                words("api.detail.not-json")));
    }

    /** In the language of the partner (or the Accept-Language) the answer goes to. */
    private static String words(String key, Object... args) {
        return Text.current().t(key, args);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
