package app.tandem.need;

import java.util.Locale;

/** The listener's answer to a need. */
public enum AnswerKind {
    YES(NeedStatus.ANSWERED_YES),
    OTHER_WAY(NeedStatus.ANSWERED_OTHER_WAY),
    NOT_NOW(NeedStatus.ANSWERED_NOT_NOW);

    private final NeedStatus leadsTo;

    AnswerKind(NeedStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    NeedStatus leadsTo() {
        return leadsTo;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

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
