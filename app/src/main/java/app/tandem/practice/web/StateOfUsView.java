package app.tandem.practice.web;

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

    /** "Your turn to say it", "Kai is listening", …: whose turn, in words. */
    public String turnWords() {
        if (!meeting.open()) {
            return "This state of us is over.";
        }
        if (meeting.issueSpeaker() == null) {
            return "Either of you can bring one issue. Whoever starts is the speaker; the other listens first.";
        }
        boolean mine = myTurn();
        return switch (meeting.nextRole()) {
            case SPEAKER -> mine ? "Your turn to speak: say what you feel and need." : partnerName + " is speaking.";
            case LISTENER -> mine ? "Your turn to listen: reflect what you heard, without defending."
                    : partnerName + " is reflecting what they heard.";
        };
    }

    public String nameOf(Turn turn) {
        return turn.partnerId() == me ? myName : partnerName;
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }
}
