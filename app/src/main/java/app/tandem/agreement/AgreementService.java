package app.tandem.agreement;

import app.tandem.kernel.Phrase;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement's rules: either partner proposes a version (their signature), the other signs
 * it or counter-proposes, and a version is in force once both have signed. A proposal must be
 * based on the newest version: a partner who edited an older one is told what changed
 * meanwhile, so no edit is ever silently lost.
 */
@Service
public class AgreementService {

    private final AgreementRepository versions;
    private final CoupleService couples;
    private final StarterCommitments starters;
    private final Clock clock;

    private final Notifications notifications;

    AgreementService(AgreementRepository versions, CoupleService couples, StarterCommitments starters, Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.versions = versions;
        this.couples = couples;
        this.starters = starters;
        this.clock = clock;
    }

    public AgreementView current(long partnerId) {
        long coupleId = couples.requireCoupleId(partnerId);
        List<AgreementVersion> current = versions.headAndInForce(coupleId);
        Optional<AgreementVersion> head = current.stream().findFirst();
        Optional<AgreementVersion> pending = head.filter(v -> v.status() == AgreementStatus.PROPOSED);
        Optional<AgreementChange> change = pending.map(p -> changeOfInCouple(coupleId, p));
        Optional<AgreementVersion> inForce = current.stream().filter(v -> v.status() == AgreementStatus.IN_FORCE)
                .findFirst();
        return new AgreementView(partnerId, inForce, pending, change, head.map(AgreementVersion::number).orElse(0));
    }

    /** The commitments in force, for reminders that quote one. */
    public List<String> commitmentsInForce(long partnerId) {
        return versions.inForce(couples.requireCoupleId(partnerId)).map(AgreementVersion::commitments).orElse(List.of());
    }

    /** Every version, newest first, with its changes: one query, the diffs computed in memory. */
    public List<AgreementEntry> history(long partnerId) {
        List<AgreementVersion> all = versions.all(couples.requireCoupleId(partnerId));
        Map<Integer, AgreementVersion> byNumber = new java.util.HashMap<>();
        all.forEach(v -> byNumber.put(v.number(), v));
        return all.stream()
                .map(v -> new AgreementEntry(v, AgreementChange.between(
                        v.baseNumber() == null ? null : byNumber.get(v.baseNumber()), v)))
                .toList();
    }

    public AgreementVersion version(long partnerId, long versionId) {
        return versions.byId(couples.requireCoupleId(partnerId), versionId)
                .orElseThrow(() -> new NotFoundException("Agreement version"));
    }

    /** What a version changed compared with the version it was edited from. */
    public AgreementChange changeOf(long partnerId, AgreementVersion version) {
        return changeOfInCouple(couples.requireCoupleId(partnerId), version);
    }

    public List<StarterCommitment> starterCommitments() {
        return starters.all();
    }

    /** A proposal ({@code proposal} checked by its input) on the newest version; it carries its author's signature. */
    @Transactional
    public AgreementVersion propose(long partnerId, ProposeChange proposal) {
        long coupleId = couples.requireCoupleId(partnerId);
        versions.lockAgreementOf(coupleId);
        Optional<AgreementVersion> head = versions.head(coupleId);
        int headNumber = head.map(AgreementVersion::number).orElse(0);
        if (proposal.baseNumber() != headNumber) {
            if (head.isEmpty()) {
                throw new InvalidInputException("baseNumber", Phrase.of("agreement.error.base-number", proposal.baseNumber()));
            }
            throw changedMeanwhile(coupleId, proposal.baseNumber(), head.get());
        }
        head.filter(h -> h.status() == AgreementStatus.PROPOSED).ifPresent(pending -> versions.setStatus(pending.id(),
                pending.status(), pending.check(AgreementAction.replacing(pending, partnerId), partnerId)));
        try {
            long id = versions.insert(coupleId, headNumber + 1, headNumber, proposal.why(), proposal.commitments(),
                    partnerId, clock.instant());
            notifications.tell(coupleId, partnerId, NotificationKind.AGREEMENT_PROPOSED, "/agreement");
            return versions.byId(coupleId, id).orElseThrow();
        } catch (DuplicateKeyException savedAtTheSameMoment) {
            // Only without the lock (e.g. a database that ignores it); the transaction is spoilt, so no details.
            throw new ConflictException(Phrase.of("agreement.conflict.your-partner-saved-a"));
        }
    }

    /** The second signature: the proposal comes into force and the old version steps down. */
    @Transactional
    public AgreementVersion sign(long partnerId, long versionId) {
        long coupleId = couples.requireCoupleId(partnerId);
        versions.lockAgreementOf(coupleId);
        AgreementVersion version = versions.byId(coupleId, versionId)
                .orElseThrow(() -> new NotFoundException("Agreement version"));
        AgreementStatus signed = version.check(AgreementAction.SIGN, partnerId);
        versions.inForce(coupleId).ifPresent(old -> versions.setStatus(old.id(), old.status(),
                old.check(AgreementAction.SUPERSEDE, partnerId)));
        if (!versions.sign(versionId, version.status(), signed, partnerId, clock.instant())) {
            throw new ConflictException(Phrase.of("agreement.conflict.this-version-changed-while"));
        }
        notifications.tell(coupleId, partnerId, NotificationKind.AGREEMENT_SIGNED, "/agreement");
        return versions.byId(coupleId, versionId).orElseThrow();
    }

    private ConflictException changedMeanwhile(long coupleId, int baseNumber, AgreementVersion head) {
        AgreementVersion base = baseNumber == 0 ? null : versions.byNumber(coupleId, baseNumber).orElse(null);
        return new AgreementChangedMeanwhile(head, AgreementChange.between(base, head));
    }

    private AgreementChange changeOfInCouple(long coupleId, AgreementVersion version) {
        AgreementVersion base = version.baseNumber() == null ? null
                : versions.byNumber(coupleId, version.baseNumber()).orElse(null);
        return AgreementChange.between(base, version);
    }
}
