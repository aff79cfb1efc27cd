package app.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every server-rendered page its {@link Page}, with the signed-in partner's unread count. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

    private final ObjectProvider<UnreadCount> unread;

    PageAdvice(ObjectProvider<UnreadCount> unread) {
        this.unread = unread;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Authentication authentication) {
        Page page = Pages.of(request, authentication);
        UnreadCount count = unread.getIfAvailable();
        if (count != null && authentication != null && authentication.getPrincipal() instanceof SignedInPerson me) {
            long partnerId = me.id();
            return page.withUnread(() -> count.of(partnerId));
        }
        return page;
    }
}
