package app.tandem.partner;

import app.tandem.kernel.TooManyAttemptsException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The sign-in form's check, delegated to {@link SignIn} so the API shares its throttle. */
@Component
class PartnerAuthenticationProvider implements AuthenticationProvider {

    private final SignIn signIn;

    PartnerAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        SignInDetails details = attempt.getDetails() instanceof SignInDetails d ? d
                : new SignInDetails(attempt.getDetails() instanceof WebAuthenticationDetails web
                        ? web.getRemoteAddress() : "unknown", null);
        Object credentials = attempt.getCredentials();
        try {
            PartnerPrincipal partner = signIn.authenticate(attempt.getName(),
                    credentials == null ? null : credentials.toString(), details);
            partner.eraseCredentials();
            var result = UsernamePasswordAuthenticationToken.authenticated(partner, null, partner.getAuthorities());
            result.setDetails(new SignInDetails(details.address(), null)); // the device cookie stays out of the session
            return result;
        } catch (TooManyAttemptsException e) {
            throw new SignInThrottledException(e);
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
