package app.tandem.repair;

import static app.tandem.repair.HurtStage.OPEN;
import static app.tandem.repair.HurtStage.REPAIRED;
import static app.tandem.repair.HurtStage.REPAIR_OFFERED;

import app.tandem.kernel.Phrase;
import app.tandem.kernel.Transition;
import java.util.EnumSet;
import java.util.Set;

/**
 * The hurt's whole state machine, one row a transition: who may act, in which stages, and where
 * it leads. The partner who may not act is told "not found" (as for a need); the right partner
 * at the wrong time is told why not. No transition publishes an event: nothing listens, and
 * home learns of every change through the couple's revision, which the database raises.
 */
public enum HurtAction implements Transition.Step<HurtAction.Role, HurtStage> {
    /** The partner who did not name the hurt; one attempt waits at a time. */
    REPAIR(Role.OTHER, EnumSet.of(OPEN), REPAIR_OFFERED),
    ACCEPT(Role.NAMER, EnumSet.of(REPAIR_OFFERED), REPAIRED),
    /** "Not yet": the hurt partner says what is still needed, and the other may try again. */
    NOT_YET(Role.NAMER, EnumSet.of(REPAIR_OFFERED), OPEN);

    /** The partner who named the hurt, or the other one. */
    public enum Role { NAMER, OTHER }

    private final Transition<Role, HurtStage> transition;

    HurtAction(Role role, Set<HurtStage> allowedIn, HurtStage leadsTo) {
        this.transition = new Transition<>(role, allowedIn, leadsTo);
    }

    @Override
    public Transition<Role, HurtStage> transition() {
        return transition;
    }

    /** Why the action cannot happen now, in words the partner can act on. */
    Phrase whyNot(HurtStage stage, String namedByName) {
        return switch (stage) {
            case REPAIRED -> Phrase.of("repair.why-not.repaired");
            case REPAIR_OFFERED -> Phrase.of("repair.why-not.repair-offered", namedByName);
            case OPEN -> Phrase.of("repair.why-not.open");
        };
    }
}
