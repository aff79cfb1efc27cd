package app.tandem.notification;

/**
 * What happened. Its words ({@link NotificationWords}, catalogue key
 * {@code notification.kind.<kind>}) name the other partner but quote nothing they wrote: a lock
 * screen or a shared inbox may be seen by others.
 */
public enum NotificationKind {
    NEED_SENT(Topic.NEEDS),
    NEED_REFLECTED(Topic.NEEDS),
    NEED_CLARIFIED(Topic.NEEDS),
    NEED_HEARD(Topic.NEEDS),
    NEED_ANSWERED(Topic.NEEDS),
    NEED_MET(Topic.NEEDS),
    NEED_MISSED(Topic.NEEDS),
    NEED_THANKED(Topic.NEEDS),
    BID_MADE(Topic.BIDS),
    BID_ANSWERED(Topic.BIDS),
    HURT_NAMED(Topic.REPAIRS),
    REPAIR_OFFERED(Topic.REPAIRS),
    REPAIR_ACCEPTED(Topic.REPAIRS),
    REPAIR_NOT_YET(Topic.REPAIRS),
    REMINDER_SENT(Topic.REPAIRS),
    AGREEMENT_PROPOSED(Topic.AGREEMENT),
    AGREEMENT_SIGNED(Topic.AGREEMENT),
    PAUSE_STARTED(Topic.PAUSES),
    // Prompts that come due (DuePrompts): the "actor" is the other partner, named, not quoted.
    FOLLOW_THROUGH_DUE(Topic.PROMPTS),
    TIME_TO_TALK(Topic.PROMPTS),
    PAUSE_OVER(Topic.PROMPTS),
    NEED_WAITING(Topic.PROMPTS),
    BID_WAITING(Topic.PROMPTS),
    LEANING_SHARED(Topic.PRACTICE),
    APPRECIATION_SENT(Topic.PRACTICE),
    BRINGS_UPDATED(Topic.PRACTICE),
    STATE_OF_US_SCHEDULED(Topic.PRACTICE),
    STATE_OF_US_TURN(Topic.PRACTICE),
    STATE_OF_US_DUE(Topic.PROMPTS),
    PLAN_STARTED(Topic.PLANS),
    PLAN_PREDICTED(Topic.PLANS),
    PLAN_CHANGED(Topic.PLANS),
    PLAN_SIGNED(Topic.PLANS),
    PLAN_DEBRIEFED(Topic.PLANS),
    PLAN_DEBRIEF_DUE(Topic.PROMPTS),
    SIGNAL_COME_FIND_ME(Topic.SIGNALS),
    SIGNAL_NEED_TO_LEAVE(Topic.SIGNALS),
    SIGNAL_SEEN(Topic.SIGNALS);

    private final Topic topic;

    NotificationKind(Topic topic) {
        this.topic = topic;
    }

    /** The group a partner chooses the reach of (preferences are per topic, not per kind). */
    public Topic topic() {
        return topic;
    }
}
