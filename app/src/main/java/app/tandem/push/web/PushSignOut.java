package app.tandem.push.web;

import app.tandem.push.PushSubscriptions;
import app.tandem.web.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Signing out in a browser ends its push: whoever picks the device up next must not be told
 * what the partner's partner did. Other devices of the partner keep theirs.
 */
@Component
class PushSignOut implements LogoutHandler {

    private final PushSubscriptions subscriptions;

    PushSignOut(PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson me) {
            PushDevice.of(request).ifPresent(device -> subscriptions.signedOut(me.id(), device));
        }
    }
}
