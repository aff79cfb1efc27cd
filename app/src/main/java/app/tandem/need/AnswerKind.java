package app.tandem.need;

import java.util.Locale;

/** The listener's answer to a need, and the transition each one takes. */
public enum AnswerKind {
    YES(NeedAction.ANSWER_YES),
    OTHER_WAY(NeedAction.ANSWER_OTHER_WAY),
    NOT_NOW(NeedAction.ANSWER_NOT_NOW);

    private final NeedAction action;

    AnswerKind(NeedAction action) {
        this.action = action;
    }

    NeedAction action() {
        return action;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The words the page shows for this answer. */
    public String words() {
        return switch (this) {
            case YES -> "Yes";
            case OTHER_WAY -> "Another way";
            case NOT_NOW -> "Not now";
        };
    }

    /** Reads "yes", "other_way", "other-way", "NOT_NOW" …; null for anything else. */
    public static AnswerKind parse(String value) {
        if (value == null) {
            return null;
        }
        for (AnswerKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return kind;
            }
        }
        return null;
    }
}
