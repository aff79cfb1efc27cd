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

import app.tandem.kernel.Phrase;
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
    EDIT(Role.ASKER, EnumSet.of(DRAFT), DRAFT, null),
    SEND(Role.ASKER, EnumSet.of(DRAFT), SENT, NotificationKind.NEED_SENT),
    /** Leads nowhere: the draft is gone. */
    DISCARD(Role.ASKER, EnumSet.of(DRAFT), null, null),
    REFLECT(Role.LISTENER, EnumSet.of(SENT), REFLECTED, NotificationKind.NEED_REFLECTED),
    CONFIRM(Role.ASKER, EnumSet.of(REFLECTED), HEARD, NotificationKind.NEED_HEARD),
    CLARIFY(Role.ASKER, EnumSet.of(REFLECTED), SENT, NotificationKind.NEED_CLARIFIED),
    // Not now leads to a talk, after which the listener answers again.
    ANSWER_YES(Role.LISTENER, EnumSet.of(HEARD, ANSWERED_NOT_NOW), ANSWERED_YES,
            NotificationKind.NEED_ANSWERED),
    ANSWER_OTHER_WAY(Role.LISTENER, EnumSet.of(HEARD, ANSWERED_NOT_NOW), ANSWERED_OTHER_WAY,
            NotificationKind.NEED_ANSWERED),
    ANSWER_NOT_NOW(Role.LISTENER, EnumSet.of(HEARD, ANSWERED_NOT_NOW), ANSWERED_NOT_NOW,
            NotificationKind.NEED_ANSWERED),
    MARK_MET(Role.ASKER, EnumSet.of(ANSWERED_YES, ANSWERED_OTHER_WAY), MET,
            NotificationKind.NEED_MET),
    MARK_MISSED(Role.ASKER, EnumSet.of(ANSWERED_YES, ANSWERED_OTHER_WAY), MISSED,
            NotificationKind.NEED_MISSED),
    /**
     * A recurring need, said yes to: the asker says whether this occurrence happened, for the
     * first {@link Recurrence#FOLLOWED_OCCURRENCES}; the need stays where it is (see {@link Need#check}).
     */
    MARK_OCCURRENCE(Role.ASKER, EnumSet.of(ANSWERED_YES), ANSWERED_YES,
            NotificationKind.NEED_MET),
    /** "Not any more": the asker ends a recurring need, and the load item it became with it. */
    END(Role.ASKER, EnumSet.of(ANSWERED_YES), ENDED, NotificationKind.NEED_MET),
    /** Once only: a second thank-you is refused (see {@link Need#check}). */
    THANK(Role.ASKER, EnumSet.of(MET), MET, NotificationKind.NEED_THANKED);

    public enum Role { ASKER, LISTENER }

    private final Role role;
    private final Set<NeedStatus> allowedIn;
    private final NeedStatus leadsTo;
    private final NotificationKind tells;

    NeedAction(Role role, Set<NeedStatus> allowedIn, NeedStatus leadsTo, NotificationKind tells) {
        this.role = role;
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
    Phrase whyNot(NeedStatus status) {
        String hint = switch (status) {
            case SENT -> role == Role.ASKER ? "reflect-first" : null;
            case REFLECTED -> role == Role.LISTENER ? "confirm-first" : null;
            case HEARD, ANSWERED_NOT_NOW -> role == Role.ASKER ? "answer-first" : null;
            case MET, MISSED, ENDED -> "settled";
            default -> null;
        };
        Phrase verb = Phrase.of("need.action." + name().toLowerCase(java.util.Locale.ROOT));
        Phrase now = Phrase.of("need.status." + status.name().toLowerCase(java.util.Locale.ROOT) + ".description");
        return hint == null ? Phrase.of("need.why-not", verb, now)
                : Phrase.of("need.why-not.hinted", verb, now, Phrase.of("need.why-not." + hint));
    }
}
