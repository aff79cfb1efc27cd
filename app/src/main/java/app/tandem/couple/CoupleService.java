package app.tandem.couple;

import app.tandem.kernel.AttemptThrottle;
import app.tandem.kernel.AttemptThrottle.Limit;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Forming and leaving a couple. The rules: a couple has exactly two partners, a partner is
 * in at most one couple, an invite is single-use and expires, and either partner can leave
 * alone at any time, which dissolves the couple.
 */
@Service
public class CoupleService {

    static final Duration INVITE_LIFETIME = Duration.ofHours(72);
    private static final String COUPLE_OF = CoupleService.class.getName() + ".coupleOf.";
    static final Limit WRONG_CODES = new Limit(10, Duration.ofMinutes(15));

    private final CoupleRepository couples;
    private final AttemptThrottle throttle;
    private final Clock clock;

    CoupleService(CoupleRepository couples, AttemptThrottle throttle, Clock clock) {
        this.couples = couples;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The couple the partner is in now, if any. Every couple-scoped feature starts here. */
    public Optional<Couple> coupleOf(long partnerId) {
        Optional<Couple> couple = couples.findByPartner(partnerId, clock.instant());
        remember(partnerId, couple.map(Couple::id));
        return couple;
    }

    /** Every couple the partner has been in, the present one too, oldest first: what is theirs to take or erase. */
    public List<Long> coupleIdsEver(long partnerId) {
        return couples.coupleIdsEver(partnerId);
    }

    /** What the other partner is called, for sentences on pages; "your partner" before they join. */
    public String partnerNameOf(long partnerId) {
        return coupleOf(partnerId).flatMap(c -> c.partnerOf(partnerId)).map(Couple.Member::displayName)
                .orElse("your partner");
    }

    /** Whether the partner is in a couple now (waiting for the other to join counts). */
    public boolean inCouple(long partnerId) {
        return activeCoupleId(partnerId).isPresent();
    }

    /** The id of the partner's couple, or 404: the partner has no couple-scoped data to act on. */
    public long requireCoupleId(long partnerId) {
        return activeCoupleId(partnerId).orElseThrow(() -> new NotFoundException("Couple"));
    }

    /**
     * The partner's couple id, looked up once per request: a page such as home asks every
     * feature for its part, and each would otherwise repeat this query. Forming, joining and
     * leaving forget it, so a request never sees a stale couple.
     */
    @SuppressWarnings("unchecked")
    private Optional<Long> activeCoupleId(long partnerId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return couples.activeCoupleOf(partnerId);
        }
        Object known = request.getAttribute(COUPLE_OF + partnerId, RequestAttributes.SCOPE_REQUEST);
        if (known != null) {
            return (Optional<Long>) known;
        }
        Optional<Long> coupleId = couples.activeCoupleOf(partnerId);
        remember(partnerId, coupleId);
        return coupleId;
    }

    /** Keeps the couple id that a whole-couple lookup found, so the request asks no more. */
    private static void remember(long partnerId, Optional<Long> coupleId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(COUPLE_OF + partnerId, coupleId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static void forgetCoupleOf(long partnerId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(COUPLE_OF + partnerId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** A couple by id, but only the partner's own: any other id is "not found". */
    public Couple coupleById(long partnerId, long coupleId) {
        return coupleOf(partnerId).filter(c -> c.id() == coupleId).orElseThrow(() -> new NotFoundException("Couple"));
    }

    @Transactional
    public Couple create(long partnerId) {
        forgetCoupleOf(partnerId);
        if (couples.activeCoupleOf(partnerId).isPresent()) {
            throw new ConflictException(Phrase.of("couple.conflict.you-are-already-in"));
        }
        Instant now = clock.instant();
        long coupleId;
        try {
            coupleId = couples.create(partnerId, now);
        } catch (DuplicateKeyException doubleSubmit) {
            throw new ConflictException(Phrase.of("couple.conflict.you-are-already-in"));
        }
        newInvite(coupleId, partnerId, now);
        return couples.find(coupleId, now).orElseThrow();
    }

    /** Replaces any live invite with a fresh one, valid for another 72 hours. */
    @Transactional
    public Couple renewInvite(long partnerId) {
        long coupleId = waitingCouple(partnerId);
        Instant now = clock.instant();
        couples.revokeInvites(coupleId, now);
        newInvite(coupleId, partnerId, now);
        return couples.find(coupleId, now).orElseThrow();
    }

    @Transactional
    public Couple revokeInvite(long partnerId) {
        long coupleId = waitingCouple(partnerId);
        Instant now = clock.instant();
        couples.revokeInvites(coupleId, now);
        return couples.find(coupleId, now).orElseThrow();
    }

    /** Joins the couple behind an invite code. Wrong codes are throttled per partner. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public Couple join(long partnerId, String typedCode) {
        forgetCoupleOf(partnerId);
        String throttleKey = "invite:" + partnerId;
        throttle.check(throttleKey, WRONG_CODES);
        if (couples.activeCoupleOf(partnerId).isPresent()) {
            throw new ConflictException(Phrase.of("couple.conflict.you-are-already-in.join-another"));
        }
        String code = InviteCode.normalize(typedCode);
        if (code.isEmpty()) {
            throw new InvalidInputException("code", Phrase.of("couple.error.code"));
        }
        Instant now = clock.instant();
        var invite = couples.lockInvite(code).orElse(null);
        if (invite == null) {
            throttle.recordFailure(throttleKey, WRONG_CODES);
            throw new InvalidInputException("code", Phrase.of("couple.error.code.that-code-does"));
        }
        if (invite.usedAt() != null || invite.revokedAt() != null || !invite.expiresAt().isAfter(now)) {
            throw new InvalidInputException("code", Phrase.of("couple.error.code.that-invite-is"));
        }
        if (couples.lockAndCountMembers(invite.coupleId()) != 1) {
            throw new InvalidInputException("code", Phrase.of("couple.error.code.that-couple-is"));
        }
        try {
            couples.addMember(invite.coupleId(), partnerId, now);
        } catch (DuplicateKeyException joinedElsewhereMeanwhile) {
            throw new ConflictException(Phrase.of("couple.conflict.you-are-already-in.join-another"));
        }
        couples.markInviteUsed(invite.id(), partnerId, now);
        throttle.clear(throttleKey);
        return couples.find(invite.coupleId(), now).orElseThrow();
    }

    /** Leaving needs nobody's consent: it dissolves the couple for both partners at once. */
    @Transactional
    public void leave(long partnerId) {
        long coupleId = requireCoupleId(partnerId);
        couples.lockAndCountMembers(coupleId);
        couples.dissolve(coupleId, partnerId, clock.instant());
        forgetCoupleOf(partnerId);
    }

    public Optional<Dissolution> unseenDissolution(long partnerId) {
        return couples.unseenDissolution(partnerId);
    }

    @Transactional
    public void acknowledgeDissolution(long partnerId) {
        couples.markDissolutionsSeen(partnerId, clock.instant());
    }

    private long waitingCouple(long partnerId) {
        long coupleId = requireCoupleId(partnerId);
        if (couples.lockAndCountMembers(coupleId) != 1) {
            throw new ConflictException(Phrase.of("couple.conflict.your-partner-has-already"));
        }
        return coupleId;
    }

    private void newInvite(long coupleId, long partnerId, Instant now) {
        couples.insertInvite(coupleId, partnerId, InviteCode.generate(), now, now.plus(INVITE_LIFETIME));
    }
}
