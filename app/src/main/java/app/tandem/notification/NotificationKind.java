package app.tandem.notification;

/**
 * What happened, in words that name the other partner but quote nothing they wrote: a lock
 * screen or a shared inbox may be seen by others.
 */
public enum NotificationKind {
    NEED_SENT("%s asked you for something they need"),
    NEED_REFLECTED("%s reflected what they heard"),
    NEED_CLARIFIED("%s said a little more about what they need"),
    NEED_HEARD("%s feels heard: your answer is next"),
    NEED_ANSWERED("%s answered your need"),
    NEED_MET("%s marked your answer met"),
    NEED_MISSED("%s marked a need missed"),
    NEED_THANKED("%s thanked you"),
    BID_MADE("%s made a bid for connection"),
    BID_ANSWERED("%s responded to your bid"),
    HURT_NAMED("%s named something that hurt"),
    REPAIR_OFFERED("%s offered a repair"),
    REPAIR_ACCEPTED("%s accepted your repair"),
    REPAIR_NOT_YET("%s needs a little more to feel repaired"),
    REMINDER_SENT("%s reminded you of your agreement"),
    AGREEMENT_PROPOSED("%s proposed a version of your agreement"),
    AGREEMENT_SIGNED("%s signed your agreement"),
    PAUSE_STARTED("%s asked for a pause"),
    LEANING_SHARED("%s shared where they lean"),
    APPRECIATION_SENT("%s appreciated you"),
    BRINGS_UPDATED("%s wrote what each of you brings"),
    STATE_OF_US_SCHEDULED("%s planned your state of us"),
    STATE_OF_US_TURN("%s took a turn in your state of us");

    private final String words;

    NotificationKind(String words) {
        this.words = words;
    }

    /** "Robin asked you for something they need". */
    public String words(String actorName) {
        return words.formatted(actorName == null || actorName.isBlank() ? "Your partner" : actorName);
    }
}
