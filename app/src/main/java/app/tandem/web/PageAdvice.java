package app.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every server-rendered page its {@link Page}. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Authentication authentication) {
        return Pages.of(request, authentication);
    }
}
