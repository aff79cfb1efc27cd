package app.tandem.agreement;

import static app.tandem.agreement.AgreementStatus.COUNTERED;
import static app.tandem.agreement.AgreementStatus.IN_FORCE;
import static app.tandem.agreement.AgreementStatus.PROPOSED;
import static app.tandem.agreement.AgreementStatus.SUPERSEDED;
import static app.tandem.agreement.AgreementStatus.WITHDRAWN;

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

    String whyNot(AgreementVersion version, long partnerId) {
        if (version.status() != from) {
            return this == SIGN ? "Version " + version.number() + " is not waiting for a signature (it is "
                    + version.status().label() + ")."
                    : "Version " + version.number() + " is " + version.status().label() + ".";
        }
        return this == SIGN ? "You signed this version when you proposed it; it needs your partner's signature."
                : "This is not yours to do with version " + version.number() + ".";
    }
}
