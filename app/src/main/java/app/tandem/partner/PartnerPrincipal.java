package app.tandem.partner;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import app.tandem.web.SignedInPerson;

/**
 * The signed-in partner, as every controller sees them ({@code @AuthenticationPrincipal}).
 * Serializable because sessions are stored in PostgreSQL.
 */
public final class PartnerPrincipal implements UserDetails, CredentialsContainer, SignedInPerson {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_PARTNER"));

    private final long id;
    private final String email;
    private final String displayName;
    private String passwordHash;

    PartnerPrincipal(long id, String email, String displayName, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartnerPrincipal other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Partner#" + id; // never the e-mail or name: principals end up in logs
    }
}
