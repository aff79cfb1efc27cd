package app.tandem.practice;

import app.tandem.coach.Kind;
import java.util.Locale;

/**
 * The one issue goes in turns, as in the needs loop: the speaker says it as a need, the listener
 * reflects what they heard without defending, and so on until the speaker feels heard. The coach
 * reads the speaker's turns as a need and the listener's as a reflection.
 */
public enum TurnRole {
    SPEAKER(Kind.NEED, "says"), LISTENER(Kind.REFLECTION, "hears");

    private final Kind coachKind;
    private final String verb;

    TurnRole(Kind coachKind, String verb) {
        this.coachKind = coachKind;
        this.verb = verb;
    }

    public Kind coachKind() {
        return coachKind;
    }

    public String verb() {
        return verb;
    }

    TurnRole next() {
        return this == SPEAKER ? LISTENER : SPEAKER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
