package app.tandem.partner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs an API request in from its {@code Authorization: Bearer …} header. */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private final ApiTokens tokens;
    private final SignIn signIn;

    BearerTokenFilter(ApiTokens tokens, SignIn signIn) {
        this.tokens = tokens;
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            tokens.lookUp(header.substring(SCHEME.length()).strip()).ifPresent(owner -> {
                var context = SecurityContextHolder.createEmptyContext();
                PartnerPrincipal partner = signIn.reload(owner.partnerId());
                partner.eraseCredentials();
                context.setAuthentication(new BearerAuthentication(partner, owner.tokenId()));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
