package app.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;

/** Builds a {@link Page} for a request, for controllers and for error pages alike. */
public final class Pages {

    private Pages() {}

    public static Page of(HttpServletRequest request, Authentication authentication) {
        String name = authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? person.displayName() : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return csrf == null
                ? new Page(name, "_csrf", "", "X-CSRF-TOKEN", () -> 0, path)
                : new Page(name, csrf.getParameterName(), csrf.getToken(), csrf.getHeaderName(), () -> 0, path);
    }
}
