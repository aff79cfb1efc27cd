package app.tandem.need;

import static app.tandem.need.NeedStatus.ANSWERED_NOT_NOW;
import static app.tandem.need.NeedStatus.ANSWERED_OTHER_WAY;
import static app.tandem.need.NeedStatus.ANSWERED_YES;
import static app.tandem.need.NeedStatus.DRAFT;
import static app.tandem.need.NeedStatus.ENDED;
import static app.tandem.need.NeedStatus.HEARD;
import static app.tandem.need.NeedStatus.MET;
import static app.tandem.need.NeedStatus.MISSED;
import static app.tandem.need.NeedStatus.REFLECTED;
import static app.tandem.need.NeedStatus.SENT;

import app.tandem.notification.NotificationKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The need's whole state machine, one row a transition: who may act, in which statuses, where
 * it leads, and what the other partner is told. The wrong partner is told "not found" (they must not learn what they cannot
 * act on); the right partner at the wrong time is told why not.
 */
public enum NeedAction {
    EDIT(Role.ASKER, "change this need", EnumSet.of(DRAFT), DRAFT, null),
    SEND(Role.ASKER, "send this need", EnumSet.of(DRAFT), SENT, NotificationKind.NEED_SENT),
    /** Leads nowhere: the draft is gone. */
    DISCARD(Role.ASKER, "discard this need", EnumSet.of(DRAFT), null, null),
    REFLECT(Role.LISTENER, "reflect on this need", EnumSet.of(SENT), REFLECTED, NotificationKind.NEED_REFLECTED),
    CONFIRM(Role.ASKER, "confirm a reflection", EnumSet.of(REFLECTED), HEARD, NotificationKind.NEED_HEARD),
    CLARIFY(Role.ASKER, "clarify a reflection", EnumSet.of(REFLECTED), SENT, NotificationKind.NEED_CLARIFIED),
    // Not now leads to a talk, after which the listener answers again.
    ANSWER_YES(Role.LISTENER, "answer this need", EnumSet.of(HEARD, ANSWERED_NOT_NOW), ANSWERED_YES,
            NotificationKind.NEED_ANSWERED),
    ANSWER_OTHER_WAY(Role.LISTENER, "answer this need", EnumSet.of(HEARD, ANSWERED_NOT_NOW), ANSWERED_OTHER_WAY,
            NotificationKind.NEED_ANSWERED),
    ANSWER_NOT_NOW(Role.LISTENER, "answer this need", EnumSet.of(HEARD, ANSWERED_NOT_NOW), ANSWERED_NOT_NOW,
            NotificationKind.NEED_ANSWERED),
    MARK_MET(Role.ASKER, "mark whether this need was met", EnumSet.of(ANSWERED_YES, ANSWERED_OTHER_WAY), MET,
            NotificationKind.NEED_MET),
    MARK_MISSED(Role.ASKER, "mark whether this need was met", EnumSet.of(ANSWERED_YES, ANSWERED_OTHER_WAY), MISSED,
            NotificationKind.NEED_MISSED),
    /**
     * A recurring need, said yes to: the asker says whether this occurrence happened, for the
     * first {@link Recurrence#FOLLOWED_OCCURRENCES}; the need stays where it is (see {@link Need#check}).
     */
    MARK_OCCURRENCE(Role.ASKER, "say whether it happened", EnumSet.of(ANSWERED_YES), ANSWERED_YES,
            NotificationKind.NEED_MET),
    /** "Not any more": the asker ends a recurring need, and the load item it became with it. */
    END(Role.ASKER, "end this recurring need", EnumSet.of(ANSWERED_YES), ENDED, NotificationKind.NEED_MET),
    /** Once only: a second thank-you is refused (see {@link Need#check}). */
    THANK(Role.ASKER, "send a thank-you", EnumSet.of(MET), MET, NotificationKind.NEED_THANKED);

    public enum Role { ASKER, LISTENER }

    private final Role role;
    private final String verb;
    private final Set<NeedStatus> allowedIn;
    private final NeedStatus leadsTo;
    private final NotificationKind tells;

    NeedAction(Role role, String verb, Set<NeedStatus> allowedIn, NeedStatus leadsTo, NotificationKind tells) {
        this.role = role;
        this.verb = verb;
        this.allowedIn = allowedIn;
        this.leadsTo = leadsTo;
        this.tells = tells;
    }

    /** What the other partner is told when this happens; empty for a draft's private steps. */
    public Optional<NotificationKind> tells() {
        return Optional.ofNullable(tells);
    }

    public Role role() {
        return role;
    }

    public boolean allowedIn(NeedStatus status) {
        return allowedIn.contains(status);
    }

    /** The status the need is in after this action; empty for a discarded draft. */
    public Optional<NeedStatus> leadsTo() {
        return Optional.ofNullable(leadsTo);
    }

    /** Why the action cannot happen now, in words the partner can act on. */
    String whyNot(NeedStatus status) {
        String hint = switch (status) {
            case SENT -> role == Role.ASKER ? " Your partner reflects on it first." : "";
            case REFLECTED -> role == Role.LISTENER ? " Your partner confirms or clarifies your reflection first." : "";
            case HEARD, ANSWERED_NOT_NOW -> role == Role.ASKER ? " Your partner answers it first." : "";
            case MET, MISSED, ENDED -> " It is settled.";
            default -> "";
        };
        return "You cannot " + verb + " now: it is " + status.description() + "." + hint;
    }
}
