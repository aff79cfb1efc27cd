package app.tandem.web;

import app.tandem.kernel.LocalTimes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;

/** Builds a {@link Page} for a request, for controllers and for error pages alike. */
public final class Pages {

    private Pages() {}

    /** Only the query's names: a posted form's fields must never read as a confirmation. */
    private static Set<String> queryNames(String query) {
        if (query == null || query.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0]).collect(Collectors.toSet());
    }

    /** The request's language, as the locale resolver chose it (English outside a request). */
    static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocaleContext() == null
                ? Languages.ENGLISH : org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    public static Page of(HttpServletRequest request, Authentication authentication) {
        String name = authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? person.displayName() : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Flash> flash = Flash.among(queryNames(request.getQueryString()));
        return csrf == null
                ? new Page(name, "_csrf", "", "X-CSRF-TOKEN", () -> 0, path, flash, () -> true, () -> LocalTimes.UTC.in(locale()))
                : new Page(name, csrf.getParameterName(), csrf.getToken(), csrf.getHeaderName(), () -> 0, path,
                        flash, () -> true, () -> LocalTimes.UTC.in(locale()));
    }
}
