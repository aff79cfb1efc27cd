package app.tandem.notification;

/**
 * What happened, in words that name the other partner but quote nothing they wrote: a lock
 * screen or a shared inbox may be seen by others.
 */
public enum NotificationKind {
    NEED_SENT(Topic.NEEDS, "%s asked you for something they need"),
    NEED_REFLECTED(Topic.NEEDS, "%s reflected what they heard"),
    NEED_CLARIFIED(Topic.NEEDS, "%s said a little more about what they need"),
    NEED_HEARD(Topic.NEEDS, "%s feels heard: your answer is next"),
    NEED_ANSWERED(Topic.NEEDS, "%s answered your need"),
    NEED_MET(Topic.NEEDS, "%s marked your answer met"),
    NEED_MISSED(Topic.NEEDS, "%s marked a need missed"),
    NEED_THANKED(Topic.NEEDS, "%s thanked you"),
    BID_MADE(Topic.BIDS, "%s made a bid for connection"),
    BID_ANSWERED(Topic.BIDS, "%s responded to your bid"),
    HURT_NAMED(Topic.REPAIRS, "%s named something that hurt"),
    REPAIR_OFFERED(Topic.REPAIRS, "%s offered a repair"),
    REPAIR_ACCEPTED(Topic.REPAIRS, "%s accepted your repair"),
    REPAIR_NOT_YET(Topic.REPAIRS, "%s needs a little more to feel repaired"),
    REMINDER_SENT(Topic.REPAIRS, "%s reminded you of your agreement"),
    AGREEMENT_PROPOSED(Topic.AGREEMENT, "%s proposed a version of your agreement"),
    AGREEMENT_SIGNED(Topic.AGREEMENT, "%s signed your agreement"),
    PAUSE_STARTED(Topic.PAUSES, "%s asked for a pause"),
    // Prompts that come due (DuePrompts): the "actor" is the other partner, named, not quoted.
    FOLLOW_THROUGH_DUE(Topic.PROMPTS, "The time for your need has come: did %s follow through?"),
    TIME_TO_TALK(Topic.PROMPTS, "It is time to talk with %s about the need you put off"),
    PAUSE_OVER(Topic.PROMPTS, "Your pause is over: %s and you can come back to the conversation"),
    NEED_WAITING(Topic.PROMPTS, "%s's need has waited a day for you"),
    BID_WAITING(Topic.PROMPTS, "%s's bid has waited a day for you"),
    LEANING_SHARED(Topic.PRACTICE, "%s shared where they lean"),
    APPRECIATION_SENT(Topic.PRACTICE, "%s appreciated you"),
    BRINGS_UPDATED(Topic.PRACTICE, "%s wrote what each of you brings"),
    STATE_OF_US_SCHEDULED(Topic.PRACTICE, "%s planned your state of us"),
    STATE_OF_US_TURN(Topic.PRACTICE, "%s took a turn in your state of us"),
    STATE_OF_US_DUE(Topic.PROMPTS, "It is time for your state of us with %s"),
    PLAN_STARTED(Topic.PLANS, "%s started a plan for an event"),
    PLAN_PREDICTED(Topic.PLANS, "%s wrote their prediction for your plan"),
    PLAN_CHANGED(Topic.PLANS, "%s added to your plan"),
    PLAN_SIGNED(Topic.PLANS, "%s signed your plan"),
    PLAN_DEBRIEFED(Topic.PLANS, "%s wrote their debrief"),
    PLAN_DEBRIEF_DUE(Topic.PROMPTS, "It is time for your debrief with %s"),
    SIGNAL_COME_FIND_ME(Topic.SIGNALS, "%s: come find me"),
    SIGNAL_NEED_TO_LEAVE(Topic.SIGNALS, "%s: I need to leave"),
    SIGNAL_SEEN(Topic.SIGNALS, "%s saw your signal");

    private final Topic topic;
    private final String words;

    NotificationKind(Topic topic, String words) {
        this.topic = topic;
        this.words = words;
    }

    /** The group a partner chooses the reach of (preferences are per topic, not per kind). */
    public Topic topic() {
        return topic;
    }

    /** "Robin asked you for something they need". */
    public String words(String actorName) {
        return words.formatted(actorName == null || actorName.isBlank() ? "Your partner" : actorName);
    }
}
