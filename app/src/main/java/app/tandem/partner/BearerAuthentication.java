package app.tandem.partner;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API request signed in with a bearer token; knows its token so it can revoke it. */
final class BearerAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    private final PartnerPrincipal partner;
    private final long tokenId;

    BearerAuthentication(PartnerPrincipal partner, long tokenId) {
        super(partner.getAuthorities());
        this.partner = partner;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PartnerPrincipal getPrincipal() {
        return partner;
    }
}
