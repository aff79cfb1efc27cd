package app.tandem.coach;

import java.util.Locale;

/** What kind of text the coach reads: a partner's need, or a reply to a need or a bid. */
public enum Kind {
    NEED,
    REPLY;

    /** Accepts "need" or "reply" in any case; anything else is an {@link IllegalArgumentException}. */
    public static Kind parse(String value) {
        if (value != null) {
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "need":
                    return NEED;
                case "reply":
                    return REPLY;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("kind must be \"need\" or \"reply\"");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
