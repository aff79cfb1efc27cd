package app.tandem.notification;

/**
 * The kinds of event a partner chooses how to be reached for. Kinds are grouped so that the
 * preferences page asks nine questions, not thirty-five; the defaults give a new couple the
 * essentials (what waits for them) at once and the agreement's steps once a day.
 */
public enum Topic {
    NEEDS("Needs: asked, reflected, answered, met", Reach.EMAIL_AND_PUSH),
    BIDS("Bids for connection and their answers", Reach.EMAIL_AND_PUSH),
    REPAIRS("Hurts, repairs and reminders of your agreement", Reach.EMAIL_AND_PUSH),
    AGREEMENT("Your agreement: a version proposed or signed", Reach.DAILY_DIGEST),
    PAUSES("A pause asked for", Reach.PUSH),
    PROMPTS("Prompts that come due: follow-through, a time to talk, a pause over, a day's wait",
            Reach.EMAIL_AND_PUSH),
    // Practice happens mostly with both present (the state of us is live on both screens): a
    // daily digest is enough outside the app.
    PRACTICE("Practice: appreciations, a shared leaning, what each brings, the state of us", Reach.DAILY_DIGEST),
    PLANS("Plans for a stressful event: a plan started, predictions revealed, signed, a debrief", Reach.EMAIL_AND_PUSH),
    // At the event itself: it goes out at once, not after the grouping window, and quiet hours do not hold it.
    SIGNALS("A signal during a planned event: come find me, I need to leave", Reach.PUSH);

    private final String words;
    private final Reach defaultReach;

    Topic(String words, Reach defaultReach) {
        this.words = words;
        this.defaultReach = defaultReach;
    }

    /** A signal must reach the partner while it still matters: no grouping window, no quiet hours. */
    public boolean immediate() {
        return this == SIGNALS;
    }

    public String words() {
        return words;
    }

    public Reach defaultReach() {
        return defaultReach;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Topic parse(String value) {
        for (Topic t : values()) {
            if (value != null && t.name().equalsIgnoreCase(value.strip())) {
                return t;
            }
        }
        return null;
    }
}
