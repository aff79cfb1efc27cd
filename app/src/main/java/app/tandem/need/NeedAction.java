package app.tandem.need;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine: each action belongs to one of the two partners and is allowed only in
 * some statuses. The wrong partner is told "not found" (they must not learn what they cannot
 * act on); the right partner at the wrong time is told why not.
 */
enum NeedAction {
    EDIT(Role.ASKER, "change this need", EnumSet.of(NeedStatus.DRAFT)),
    SEND(Role.ASKER, "send this need", EnumSet.of(NeedStatus.DRAFT)),
    DISCARD(Role.ASKER, "discard this need", EnumSet.of(NeedStatus.DRAFT)),
    REFLECT(Role.LISTENER, "reflect on this need", EnumSet.of(NeedStatus.SENT)),
    CONFIRM(Role.ASKER, "confirm a reflection", EnumSet.of(NeedStatus.REFLECTED)),
    CLARIFY(Role.ASKER, "clarify a reflection", EnumSet.of(NeedStatus.REFLECTED)),
    // Not now leads to a talk, after which the listener answers again.
    ANSWER(Role.LISTENER, "answer this need", EnumSet.of(NeedStatus.HEARD, NeedStatus.ANSWERED_NOT_NOW)),
    FOLLOW_THROUGH(Role.ASKER, "mark whether this need was met",
            EnumSet.of(NeedStatus.ANSWERED_YES, NeedStatus.ANSWERED_OTHER_WAY)),
    THANK(Role.ASKER, "send a thank-you", EnumSet.of(NeedStatus.MET));

    enum Role { ASKER, LISTENER }

    private final Role role;
    private final String verb;
    private final Set<NeedStatus> allowedIn;

    NeedAction(Role role, String verb, Set<NeedStatus> allowedIn) {
        this.role = role;
        this.verb = verb;
        this.allowedIn = allowedIn;
    }

    Role role() {
        return role;
    }

    boolean allowedIn(NeedStatus status) {
        return allowedIn.contains(status);
    }

    /** Why the action cannot happen now, in words the partner can act on. */
    String whyNot(NeedStatus status) {
        String hint = switch (status) {
            case SENT -> role == Role.ASKER ? " Your partner reflects on it first." : "";
            case REFLECTED -> role == Role.LISTENER ? " Your partner confirms or clarifies your reflection first." : "";
            case HEARD, ANSWERED_NOT_NOW -> role == Role.ASKER ? " Your partner answers it first." : "";
            case MET, MISSED -> " It is settled.";
            default -> "";
        };
        return "You cannot " + verb + " now: it is " + status.description() + "." + hint;
    }
}
