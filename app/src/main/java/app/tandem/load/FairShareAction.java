package app.tandem.load;

import static app.tandem.load.FairShare.Status.AGREED;
import static app.tandem.load.FairShare.Status.PROPOSED;

import app.tandem.kernel.Phrase;
import app.tandem.kernel.Transition;
import app.tandem.load.FairShare.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fair share's whole state machine, one row a transition: who may act, in which statuses,
 * and where it leads. Both partners see the split, so the wrong partner is told why not (409).
 * No event is published: the split shows on both partners' balance at once.
 */
public enum FairShareAction implements Transition.Step<FairShareAction.Role, Status> {
    /** Either partner; a proposal made while another waits replaces it (a counter-offer). */
    PROPOSE(Role.EITHER, EnumSet.of(AGREED, PROPOSED), PROPOSED),
    AGREE(Role.THE_OTHER, EnumSet.of(PROPOSED), AGREED),
    /** The proposer withdraws it, or the other sets it aside ("let's talk first"); the agreed split holds. */
    WITHDRAW(Role.EITHER, EnumSet.of(PROPOSED), AGREED);

    /** {@code THE_OTHER} is the partner who did not make the proposal. */
    public enum Role { EITHER, THE_OTHER }

    private final Transition<Role, Status> transition;

    FairShareAction(Role role, Set<Status> allowedIn, Status leadsTo) {
        this.transition = new Transition<>(role, allowedIn, leadsTo);
    }

    @Override
    public Transition<Role, Status> transition() {
        return transition;
    }

    Phrase whyNot() {
        return Phrase.of(this == AGREE ? "load.why-not.no-split-to-agree" : "load.why-not.no-split");
    }

    static Phrase ownProposal() {
        return Phrase.of("load.why-not.own-split");
    }
}
