package app.tandem.web;

import app.tandem.kernel.LocalTimes;
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
    private final ObjectProvider<CouplePresence> presence;
    private final ObjectProvider<PartnerZone> zones;

    PageAdvice(ObjectProvider<UnreadCount> unread, ObjectProvider<CouplePresence> presence,
            ObjectProvider<PartnerZone> zones) {
        this.unread = unread;
        this.presence = presence;
        this.zones = zones;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Authentication authentication) {
        Page page = Pages.of(request, authentication);
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson me)) {
            return page;
        }
        long partnerId = me.id();
        UnreadCount count = unread.getIfAvailable();
        CouplePresence couples = presence.getIfAvailable();
        PartnerZone zone = zones.getIfAvailable();
        Page withCount = count == null ? page : page.withUnread(() -> count.of(partnerId));
        Page withCouple = couples == null ? withCount : withCount.withCouple(() -> couples.inCouple(partnerId));
        return zone == null ? withCouple : withCouple.withTimes(() -> new LocalTimes(zone.of(partnerId), Pages.locale()));
    }
}
