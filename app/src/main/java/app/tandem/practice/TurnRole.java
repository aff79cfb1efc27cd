package app.tandem.practice;

import app.tandem.coach.Kind;
import app.tandem.kernel.Phrase;
import java.util.Locale;

/**
 * The one issue goes in turns, as in the needs loop: the speaker says it as a need, the listener
 * reflects what they heard without defending, and so on until the speaker feels heard. The coach
 * reads the speaker's turns as a need and the listener's as a reflection.
 */
public enum TurnRole {
    SPEAKER(Kind.NEED), LISTENER(Kind.REFLECTION);

    private final Kind coachKind;

    TurnRole(Kind coachKind) {
        this.coachKind = coachKind;
    }

    public Kind coachKind() {
        return coachKind;
    }

    /** "Robin says:", "Kai hears:": who took a turn and in which role, said in the reader's language. */
    public Phrase byWhom(String name) {
        return Phrase.of("practice.stateOfUs.turn." + wireName(), name);
    }

    TurnRole next() {
        return this == SPEAKER ? LISTENER : SPEAKER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
