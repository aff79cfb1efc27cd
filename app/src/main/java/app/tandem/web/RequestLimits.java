package app.tandem.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter every request passes, before sessions and security:
 * <ul>
 * <li>a request body larger than {@code tandem.request.max-body} is answered 413 (a declared
 * length at once; a streamed one when reading passes the limit), so nobody can make Tandem read
 * 20 MB of JSON;</li>
 * <li>when the database cannot be reached, whatever was asking for it (the session, the
 * sign-in, a page) is answered 503 at once with a page or a problem detail, not a hang or a
 * stack trace;</li>
 * <li>a character PostgreSQL refuses that slipped past the field checks is answered 400.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);
    /** As the pages' own (partner/SecurityConfiguration): these answers bypass Spring Security's headers. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<Guard> requestGuard(@Value("${tandem.request.max-body:256KB}") DataSize maxBody,
            TemplateEngine templates) {
        FilterRegistrationBean<Guard> registration = new FilterRegistrationBean<>(
                new Guard(maxBody.toBytes(), templates));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Reading the body passed the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    static final class Guard extends OncePerRequestFilter {

        private final long maxBody;
        private final TemplateEngine templates;

        Guard(long maxBody, TemplateEngine templates) {
            this.maxBody = maxBody;
            this.templates = templates;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBody) {
                answer(request, response, 413, "Too large", Failures.BODY_TOO_LARGE);
                return;
            }
            try {
                chain.doFilter(new Limited(request, maxBody), response);
            } catch (IOException | ServletException | RuntimeException e) {
                if (response.isCommitted()) {
                    throw e;
                }
                if (Failures.busy(e)) {
                    log.warn("Answered 503 to {} {}: too busy", request.getMethod(), request.getRequestURI());
                    response.setHeader("Retry-After", "5");
                    answer(request, response, 503, "Service unavailable", Failures.BUSY);
                } else if (Failures.databaseUnavailable(e)) {
                    log.warn("Answered 503 to {} {}: the database cannot be reached ({})", request.getMethod(),
                            request.getRequestURI(), e.getClass().getSimpleName());
                    response.setHeader("Retry-After", "5");
                    answer(request, response, 503, "Service unavailable", Failures.DATABASE_UNAVAILABLE);
                } else if (Failures.characterRefused(e)) {
                    answer(request, response, 400, "Invalid input", Failures.CHARACTER_REFUSED);
                } else if (Failures.bodyTooLarge(e)) {
                    answer(request, response, 413, "Too large", Failures.BODY_TOO_LARGE);
                } else {
                    throw e;
                }
            }
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        private void answer(HttpServletRequest request, HttpServletResponse response, int status, String title,
                String key) throws IOException {
            // Whatever was prepared (a page, its Content-Length) goes: this answer replaces it.
            String retryAfter = response.getHeader("Retry-After");
            response.reset();
            response.setStatus(status);
            if (retryAfter != null) {
                response.setHeader("Retry-After", retryAfter);
            }
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            if (ErrorPages.isApi(request.getRequestURI(), request.getContextPath())) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                String problem = ErrorPages.problemJson(status, title, ErrorPages.english(key));
                write(response, problem.getBytes(StandardCharsets.UTF_8));
                return;
            }
            // Spring MVC has not chosen the reader's language yet: the browser's is the best guess
            // (who is signed in is not known this early either).
            StringOutput page = new StringOutput();
            LocaleContext before = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocale(Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
            try {
                templates.render("error.jte", Map.of("page", Pages.of(request, null), "status", status,
                        "message", Text.current().t(key)), page);
            } finally {
                LocaleContextHolder.setLocaleContext(before);
            }
            response.setContentType("text/html;charset=UTF-8");
            write(response, page.toString().getBytes(StandardCharsets.UTF_8));
        }

        private static void write(HttpServletResponse response, byte[] body) throws IOException {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        }
    }

    /** A request whose body stream stops at the limit. */
    static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
