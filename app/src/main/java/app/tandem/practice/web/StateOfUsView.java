package app.tandem.practice.web;

import app.tandem.kernel.Phrase;
import app.tandem.practice.Appreciation;
import app.tandem.practice.StateOfUs;
import app.tandem.practice.Turn;
import app.tandem.practice.TurnRole;
import app.tandem.practice.WentWell;
import app.tandem.web.CoachNote;
import java.util.List;
import java.util.Map;

/** A state of us as both partners see it, live: its parts in order, and whose turn it is on the issue. */
public record StateOfUsView(StateOfUs meeting, long me, long partner, String myName, String partnerName,
        List<Appreciation> appreciations, WentWell wentWell, String turnText, List<CoachNote> notes,
        NextWeekNeedDraft need, Map<String, String> errors) {

    /** What changed while a stale tab was open, when its turn could not go through; null otherwise. */
    public String stale() {
        return errors.get(app.tandem.web.Forms.STALE);
    }

    public boolean myTurn() {
        return meeting.canTakeTurn(me, partner);
    }

    public TurnRole nextRole() {
        return meeting.nextRole();
    }

    public boolean iAmSpeaker() {
        return meeting.issueSpeaker() != null && meeting.issueSpeaker() == me;
    }

    /** "Your turn to speak", "Kai is speaking", …: whose turn, in words. */
    public String turnWords() {
        return turnPhrase().say();
    }

    private Phrase turnPhrase() {
        if (!meeting.open()) {
            return Phrase.of("practice.stateOfUs.turns.over");
        }
        if (meeting.issueSpeaker() == null) {
            return Phrase.of("practice.stateOfUs.turns.anyone");
        }
        boolean mine = myTurn();
        return switch (meeting.nextRole()) {
            case SPEAKER -> mine ? Phrase.of("practice.stateOfUs.turns.mySpeak")
                    : Phrase.of("practice.stateOfUs.turns.theySpeak", partnerName);
            case LISTENER -> mine ? Phrase.of("practice.stateOfUs.turns.myListen")
                    : Phrase.of("practice.stateOfUs.turns.theyListen", partnerName);
        };
    }

    /** "Robin says:" before a turn, the name being whoever took it. */
    public String byWhom(Turn turn) {
        return turn.role().byWhom(nameOf(turn)).say();
    }

    public String nameOf(Turn turn) {
        return turn.partnerId() == me ? myName : partnerName;
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }
}
