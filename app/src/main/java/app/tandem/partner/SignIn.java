package app.tandem.partner;

import app.tandem.kernel.AttemptThrottle;
import app.tandem.kernel.AttemptThrottle.Counted;
import app.tandem.kernel.AttemptThrottle.Limit;
import app.tandem.kernel.TextRules;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks an e-mail and password, for the sign-in form and the token API alike.
 *
 * <p>Failed attempts are throttled so that guessing is slow, without letting a stranger lock a
 * partner out:
 * <ul>
 * <li>from a device the partner signed in from before ({@link DeviceCookies}): 5 failures per
 * 15 minutes for that device alone; the account's and the address's counts do not apply;</li>
 * <li>from anywhere else: 5 failures per 15 minutes per account (against guessing one partner's
 * password), and 20 per address (against trying many e-mails, known or not, from one place).</li>
 * </ul>
 * Each attempt is counted before its password is checked ({@link AttemptThrottle#begin}), so
 * concurrent guesses cannot slip past the limit.
 */
@Service
public class SignIn {

    static final Limit PER_ACCOUNT = new Limit(5, Duration.ofMinutes(15));
    static final Limit PER_ADDRESS = new Limit(20, Duration.ofMinutes(15));
    static final Limit PER_DEVICE = new Limit(5, Duration.ofMinutes(15));
    /** Longer than any password we let anyone set; hashing megabytes would only burn CPU. */
    private static final int MAX_PASSWORD_CHARS = 1_000;
    private static final int MAX_EMAIL_CHARS = 254;

    private final PartnerRepository partners;
    private final PasswordEncoder passwordEncoder;
    private final AttemptThrottle throttle;
    private final DeviceCookies devices;
    private final String dummyHash;

    SignIn(PartnerRepository partners, PasswordEncoder passwordEncoder, AttemptThrottle throttle,
            DeviceCookies devices) {
        this.partners = partners;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.devices = devices;
        this.dummyHash = passwordEncoder.encode("an unused password that takes as long to check");
    }

    /** As {@link #authenticate(String, String, SignInDetails)}, from an address with no device cookie. */
    public PartnerPrincipal authenticate(String email, String password, String address) {
        return authenticate(email, password, new SignInDetails(address, null));
    }

    /**
     * @throws app.tandem.kernel.TooManyAttemptsException when the device, account or address must wait
     * @throws BadCredentialsException                 when the e-mail or the password is wrong
     */
    PartnerPrincipal authenticate(String email, String password, SignInDetails details) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        boolean lookable = !normalized.isEmpty() && normalized.length() <= MAX_EMAIL_CHARS
                && TextRules.characterProblem(normalized) == null;
        Optional<PartnerPrincipal> partner = lookable ? partners.findPrincipalByEmail(normalized)
                : Optional.empty();
        Optional<String> device = partner.flatMap(p -> devices.deviceOf(details.deviceCookie(), p));
        String accountKey = "sign-in:account:" + (lookable ? normalized : "(not an e-mail)");
        AttemptThrottle.Attempt attempt = device.isPresent()
                ? throttle.begin(new Counted("sign-in:device:" + partner.get().id() + ":" + device.get(), PER_DEVICE))
                : throttle.begin(new Counted(accountKey, PER_ACCOUNT),
                        new Counted("sign-in:address:" + details.address(), PER_ADDRESS));
        // Hash even for an unknown e-mail, so the answer's timing does not reveal who has an account.
        String hash = partner.map(PartnerPrincipal::getPassword).orElse(dummyHash);
        boolean usable = password != null && password.length() <= MAX_PASSWORD_CHARS;
        boolean matches = passwordEncoder.matches(usable ? password : "", hash) && usable;
        if (partner.isEmpty() || !matches) {
            attempt.failed();
            throw new BadCredentialsException("Wrong e-mail or password.");
        }
        if (device.isPresent()) {
            // The account's own count stays: a stranger locked out stays locked out.
            attempt.succeeded();
        } else {
            attempt.succeeded(accountKey);
        }
        return partner.get();
    }

    /** The cookie to set after a successful sign-in, keeping the device's id if it had one. */
    String deviceCookieFor(PartnerPrincipal partner, String previous) {
        return devices.reissue(previous, partner);
    }

    PartnerPrincipal reload(long partnerId) {
        return partners.findPrincipalById(partnerId).orElseThrow();
    }
}
