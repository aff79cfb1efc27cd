package app.tandem.partner;

import app.tandem.kernel.AttemptThrottle;
import app.tandem.kernel.AttemptThrottle.Limit;
import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.Phrase;
import java.time.Duration;
import app.tandem.kernel.LocalTimes;
import java.time.ZoneId;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import app.tandem.web.Languages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign up, look up, change password. */
@Service
public class PartnerService {

    private static final String ZONE_OF = PartnerService.class.getName() + ".zoneOf.";

    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 60;
    static final Limit PASSWORD_CHECKS = new Limit(5, Duration.ofMinutes(15));

    private final PartnerRepository partners;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokens apiTokens;
    private final AttemptThrottle throttle;
    private final FindByIndexNameSessionRepository<?> sessions;

    PartnerService(PartnerRepository partners, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
            ApiTokens apiTokens, AttemptThrottle throttle, FindByIndexNameSessionRepository<?> sessions) {
        this.partners = partners;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.apiTokens = apiTokens;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /** Creates the account, or explains per field what to fix. */
    @Transactional
    public Partner signUp(SignUp signUp) {
        String email = trim(signUp.email());
        String displayName = trim(signUp.displayName());
        Map<String, Phrase> errors = new LinkedHashMap<>();
        emailProblem(email).ifPresent(p -> errors.put("email", p));
        displayNameProblem(displayName).ifPresent(p -> errors.put("displayName", p));
        passwordPolicy.problemWith(signUp.password(), email).ifPresent(p -> errors.put("password", p));
        if (errors.isEmpty() && partners.emailTaken(email)) {
            errors.put("email", Phrase.of("partner.error.email"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            long id = partners.insert(email, displayName, passwordEncoder.encode(signUp.password()));
            partners.updateTimeZone(id, signUp.zone());
            partners.updateLanguage(id, signUp.locale().orElse(null));
            return partners.findById(id).orElseThrow();
        } catch (DuplicateKeyException raceWithAnotherSignUp) {
            throw new InvalidInputException("email", Phrase.of("partner.error.email"));
        }
    }

    public Optional<Partner> find(long id) {
        return partners.findById(id);
    }

    public Optional<Partner> findByEmail(String email) {
        return partners.findPrincipalByEmail(email).flatMap(p -> partners.findById(p.id()));
    }

    /**
     * Needs the current password; revokes the partner's API tokens, which were issued to the old
     * one, and ends every web session but {@code keepSessionId} (the page's own; null from the
     * API) once the change has committed: whoever was signed in with the old password is out.
     */
    @Transactional(noRollbackFor = InvalidInputException.class) // a wrong password is counted; nothing else is written first
    public void changePassword(long partnerId, String currentPassword, String newPassword, String keepSessionId) {
        PartnerPrincipal partner = requirePassword(partnerId, currentPassword, "currentPassword");
        passwordPolicy.problemWith(newPassword, partner.email())
                .ifPresent(p -> { throw new InvalidInputException("newPassword", p); });
        partners.updatePasswordHash(partnerId, passwordEncoder.encode(newPassword));
        apiTokens.revokeAll(partnerId);
        // Spring Session writes in its own transaction: end the sessions once the change is sure.
        endOtherSessions(partner.getUsername(), keepSessionId);
    }

    /** A new display name, checked as at sign-up; both partners' pages show it from the next request. */
    @Transactional
    public Partner rename(long partnerId, String displayName) {
        String name = trim(displayName);
        displayNameProblem(name).ifPresent(p -> { throw new InvalidInputException("displayName", p); });
        partners.updateDisplayName(partnerId, name);
        return partners.findById(partnerId).orElseThrow();
    }

    /**
     * The partner's time zone (UTC for one who has not said), looked up once per request: a page
     * asks it for every time it shows.
     */
    public ZoneId zoneOf(long partnerId) {
        return known(partnerId).map(Partner::zone).orElse(ZoneOffset.UTC);
    }

    /** The language the partner chose (empty: their browser's), looked up with the zone, once per request. */
    public Optional<Locale> languageOf(long partnerId) {
        return known(partnerId).map(Partner::language);
    }

    /** The partner as this request first read them: the zone and the language are asked for on every page. */
    private Optional<Partner> known(long partnerId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = ZONE_OF + partnerId;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Partner p) {
            return Optional.of(p);
        }
        Optional<Partner> partner = partners.findById(partnerId);
        if (request != null && partner.isPresent()) {
            request.setAttribute(key, partner.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return partner;
    }

    private void forget(long partnerId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ZONE_OF + partnerId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Every time as the partner lives it: what a page shows and how a typed time is read. */
    public LocalTimes timesOf(long partnerId) {
        return new LocalTimes(zoneOf(partnerId), languageOf(partnerId).orElse(Languages.ENGLISH));
    }

    @Transactional
    public void changeZone(long partnerId, ZoneId zone) {
        partners.updateTimeZone(partnerId, zone);
        forget(partnerId);
    }

    /** The language every page, and every e-mail to the partner, is written in from now on. */
    @Transactional
    public void changeLanguage(long partnerId, Locale language) {
        partners.updateLanguage(partnerId, language);
        forget(partnerId);
    }

    /**
     * A new e-mail address to sign in with, confirmed by the current password alone: how a server
     * without e-mail changes it ({@link EmailChanges} confirms by a link to the new address when
     * it has e-mail). Other web sessions end, as with a new password: the sign-in itself changed.
     */
    @Transactional(noRollbackFor = InvalidInputException.class) // a wrong password is counted
    public Partner changeEmail(long partnerId, String newEmail, String password, String keepSessionId) {
        String email = checkEmailChange(partnerId, newEmail, password);
        applyEmail(partnerId, email, keepSessionId);
        return partners.findById(partnerId).orElseThrow();
    }

    /**
     * Whether the partner may move to this address, proven by their password: every error at once,
     * the address's and the password's. Returns the address as it will be kept.
     */
    String checkEmailChange(long partnerId, String newEmail, String password) {
        String email = trim(newEmail);
        Map<String, Phrase> errors = new LinkedHashMap<>();
        emailProblem(email).ifPresent(p -> errors.put("email", p));
        PartnerPrincipal partner = null;
        try {
            partner = requirePassword(partnerId, password, "password");
        } catch (InvalidInputException wrong) {
            errors.putAll(wrong.phrases());
        }
        if (errors.isEmpty() && email.equalsIgnoreCase(partner.email())) {
            errors.put("email", Phrase.of("partner.error.email.already-yours"));
        } else if (errors.isEmpty() && partners.emailTaken(email)) {
            errors.put("email", Phrase.of("partner.error.email.another-account-uses"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return email;
    }

    /** Moves the partner to the address and ends their other web sessions (the one kept may be null). */
    void applyEmail(long partnerId, String email, String keepSessionId) {
        String username = partners.findPrincipalById(partnerId).orElseThrow().getUsername();
        try {
            partners.updateEmail(partnerId, email);
        } catch (DuplicateKeyException raceWithAnotherAccount) {
            throw new InvalidInputException("email", Phrase.of("partner.error.email.another-account-uses"));
        }
        endOtherSessions(username, keepSessionId);
    }

    private void endOtherSessions(String username, String keepSessionId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.findByPrincipalName(username).keySet().stream()
                        .filter(id -> !id.equals(keepSessionId))
                        .forEach(sessions::deleteById);
            }
        });
    }

    /** The partner as signed in, freshly read (for a session to carry a changed name). */
    PartnerPrincipal principalOf(long partnerId) {
        return partners.findPrincipalById(partnerId).orElseThrow();
    }

    /** Throws unless {@code password} is the partner's: what cannot be undone asks for it again. */
    public PartnerPrincipal requirePassword(long partnerId, String password, String field) {
        String throttleKey = "password:" + partnerId;
        // A session left open must not become a way to guess it; counted before the check, atomically.
        AttemptThrottle.Attempt attempt = throttle.begin(new AttemptThrottle.Counted(throttleKey, PASSWORD_CHECKS));
        PartnerPrincipal partner = partners.findPrincipalById(partnerId).orElseThrow();
        if (password == null || password.length() > 1_000 || !passwordEncoder.matches(password, partner.getPassword())) {
            attempt.failed();
            throw new InvalidInputException(field, Phrase.of("partner.error.that-is-not-your"));
        }
        attempt.succeeded(throttleKey);
        return partner;
    }

    /**
     * Deletes the account and, through the database's cascades, what the partner alone wrote
     * (needs, bids, hurts, repairs, reminders, pauses, memberships, tokens).
     */
    @Transactional
    public void delete(long partnerId) {
        partners.delete(partnerId);
    }

    private static Optional<Phrase> emailProblem(String email) {
        if (email.isEmpty()) {
            return Optional.of(Phrase.of("partner.error.email.missing"));
        }
        int at = email.indexOf('@');
        boolean shaped = at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1
                && email.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
        if (!shaped) {
            return Optional.of(Phrase.of("partner.error.email.shape"));
        }
        if (email.length() > MAX_EMAIL) {
            return Optional.of(Phrase.of("partner.error.email.too-long", MAX_EMAIL));
        }
        return Optional.empty();
    }

    private static Optional<Phrase> displayNameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of(Phrase.of("partner.error.display-name.missing"));
        }
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            return Optional.of(Phrase.of("partner.error.display-name.too-long", MAX_DISPLAY_NAME));
        }
        if (name.chars().anyMatch(Character::isISOControl) || app.tandem.kernel.TextRules.characterProblem(name) != null) {
            return Optional.of(Phrase.of("partner.error.display-name.characters"));
        }
        return Optional.empty();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
