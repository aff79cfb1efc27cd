package app.tandem.agreement;

import static app.tandem.agreement.AgreementStatus.COUNTERED;
import static app.tandem.agreement.AgreementStatus.IN_FORCE;
import static app.tandem.agreement.AgreementStatus.PROPOSED;
import static app.tandem.agreement.AgreementStatus.SUPERSEDED;
import static app.tandem.agreement.AgreementStatus.WITHDRAWN;

import app.tandem.kernel.Phrase;

/**
 * A version's whole state machine, one row a transition: who may act, from which status, and
 * where it leads. Every version starts {@link AgreementStatus#PROPOSED} (proposing is its author's
 * signature). Both partners see every version of their agreement, so the wrong partner is told
 * why not (409), not "not found". No transition publishes an event: nothing listens, and home
 * learns of every change through the couple's revision, which the database raises.
 */
public enum AgreementAction {
    /** The second signature: the proposal comes into force. */
    SIGN(Role.OTHER, PROPOSED, IN_FORCE),
    /** The other partner proposes a version on top of the waiting one. */
    COUNTER(Role.OTHER, PROPOSED, COUNTERED),
    /** Its author proposes again before it was signed. */
    WITHDRAW(Role.PROPOSER, PROPOSED, WITHDRAWN),
    /** A newer version was signed, by either partner: the one in force steps down. */
    SUPERSEDE(Role.EITHER, IN_FORCE, SUPERSEDED);

    /** The partner who proposed the version, the other one, or either. */
    public enum Role { PROPOSER, OTHER, EITHER }

    private final Role role;
    private final AgreementStatus from;
    private final AgreementStatus leadsTo;

    AgreementAction(Role role, AgreementStatus from, AgreementStatus leadsTo) {
        this.role = role;
        this.from = from;
        this.leadsTo = leadsTo;
    }

    public Role role() {
        return role;
    }

    public AgreementStatus from() {
        return from;
    }

    public AgreementStatus leadsTo() {
        return leadsTo;
    }

    /** What a new proposal does to the one waiting: its author withdraws it, the other partner counters it. */
    static AgreementAction replacing(AgreementVersion pending, long partnerId) {
        return pending.proposedBy() == partnerId ? WITHDRAW : COUNTER;
    }

    boolean rightPartner(AgreementVersion version, long partnerId) {
        return switch (role) {
            case PROPOSER -> version.proposedBy() == partnerId;
            case OTHER -> version.proposedBy() != partnerId;
            case EITHER -> true;
        };
    }

    Phrase whyNot(AgreementVersion version, long partnerId) {
        Phrase status = Phrase.of("agreement.status." + version.status().name().toLowerCase(java.util.Locale.ROOT));
        if (version.status() != from) {
            return this == SIGN ? Phrase.of("agreement.why-not.not-waiting", version.number(), status)
                    : Phrase.of("agreement.why-not.status", version.number(), status);
        }
        return this == SIGN ? Phrase.of("agreement.why-not.own-proposal")
                : Phrase.of("agreement.why-not.not-yours", version.number());
    }
}
