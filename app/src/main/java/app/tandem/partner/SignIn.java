package app.tandem.partner;

import app.tandem.kernel.AttemptThrottle;
import app.tandem.kernel.AttemptThrottle.Limit;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks an e-mail and password, for the sign-in form and the token API alike. Failed
 * attempts are throttled per account (against guessing one partner's password) and per
 * address (against trying one common password on many accounts).
 */
@Service
public class SignIn {

    static final Limit PER_ACCOUNT = new Limit(5, Duration.ofMinutes(15));
    static final Limit PER_ADDRESS = new Limit(20, Duration.ofMinutes(15));

    private final PartnerRepository partners;
    private final PasswordEncoder passwordEncoder;
    private final AttemptThrottle throttle;
    private final String dummyHash;

    SignIn(PartnerRepository partners, PasswordEncoder passwordEncoder, AttemptThrottle throttle) {
        this.partners = partners;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.dummyHash = passwordEncoder.encode("an unused password that takes as long to check");
    }

    /**
     * @throws app.tandem.kernel.TooManyAttemptsException when the account or the address must wait
     * @throws BadCredentialsException                 when the e-mail or the password is wrong
     */
    public PartnerPrincipal authenticate(String email, String password, String address) {
        String accountKey = "sign-in:account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        String addressKey = "sign-in:address:" + address;
        throttle.check(accountKey, PER_ACCOUNT);
        throttle.check(addressKey, PER_ADDRESS);
        var partner = email == null ? java.util.Optional.<PartnerPrincipal>empty()
                : partners.findPrincipalByEmail(email.strip());
        // Hash even for an unknown e-mail, so the answer's timing does not reveal who has an account.
        String hash = partner.map(PartnerPrincipal::getPassword).orElse(dummyHash);
        boolean matches = password != null && passwordEncoder.matches(password, hash);
        if (partner.isEmpty() || !matches) {
            throttle.recordFailure(accountKey, PER_ACCOUNT);
            throttle.recordFailure(addressKey, PER_ADDRESS);
            throw new BadCredentialsException("Wrong e-mail or password.");
        }
        throttle.clear(accountKey);
        return partner.get();
    }

    PartnerPrincipal reload(long partnerId) {
        return partners.findPrincipalById(partnerId).orElseThrow();
    }
}
