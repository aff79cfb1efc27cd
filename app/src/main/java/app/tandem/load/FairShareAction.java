package app.tandem.load;

import static app.tandem.load.FairShare.Status.AGREED;
import static app.tandem.load.FairShare.Status.PROPOSED;

import app.tandem.load.FairShare.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fair share's whole state machine, one row a transition: who may act, in which statuses,
 * and where it leads. Both partners see the split, so the wrong partner is told why not (409).
 * No event is published: the split shows on both partners' balance at once.
 */
public enum FairShareAction {
    /** Either partner; a proposal made while another waits replaces it (a counter-offer). */
    PROPOSE(Role.EITHER, EnumSet.of(AGREED, PROPOSED), PROPOSED),
    AGREE(Role.THE_OTHER, EnumSet.of(PROPOSED), AGREED),
    /** The proposer withdraws it, or the other sets it aside ("let's talk first"); the agreed split holds. */
    WITHDRAW(Role.EITHER, EnumSet.of(PROPOSED), AGREED);

    /** {@code THE_OTHER} is the partner who did not make the proposal. */
    public enum Role { EITHER, THE_OTHER }

    private final Role role;
    private final Set<Status> allowedIn;
    private final Status leadsTo;

    FairShareAction(Role role, Set<Status> allowedIn, Status leadsTo) {
        this.role = role;
        this.allowedIn = allowedIn;
        this.leadsTo = leadsTo;
    }

    public Role role() {
        return role;
    }

    public boolean allowedIn(Status status) {
        return allowedIn.contains(status);
    }

    public Status leadsTo() {
        return leadsTo;
    }

    String whyNot() {
        return this == AGREE ? "There is no proposed split to agree to." : "There is no proposed split.";
    }

    static String ownProposal() {
        return "You proposed this split; your partner agrees to it, or you withdraw it.";
    }
}
