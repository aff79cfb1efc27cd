package app.tandem.coach;

import java.util.Locale;

/**
 * What kind of text the coach reads: a partner's need, a reply to a need or a bid, or the
 * listener's reflection ("what I hear is…"). Hurts and reminders read as needs (they ask);
 * repairs and answers read as replies.
 */
public enum Kind {
    NEED,
    REPLY,
    /**
     * The listener's "what I hear is…". Repeating the asker's words back ("so you never get to
     * rest") is what a reflection is for, so the asker's own always/never is not criticism here;
     * a reflection that defends, blames or brushes aside is flagged as a reply would be.
     */
    REFLECTION;

    /** Accepts "need", "reply" or "reflection" in any case; anything else is an {@link IllegalArgumentException}. */
    public static Kind parse(String value) {
        if (value != null) {
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "need":
                    return NEED;
                case "reply":
                    return REPLY;
                case "reflection":
                    return REFLECTION;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("kind must be \"need\", \"reply\" or \"reflection\"");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Replies and reflections both answer the partner: the same rules for defending, walling and brushing aside apply. */
    public boolean answersThePartner() {
        return this != NEED;
    }
}
