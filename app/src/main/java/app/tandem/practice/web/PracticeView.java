package app.tandem.practice.web;

import app.tandem.kernel.Phrase;
import app.tandem.practice.CheckIn;
import app.tandem.practice.Leaning;
import app.tandem.practice.PracticeBoard;
import app.tandem.practice.SharedLeaning;
import app.tandem.practice.SmallAskLibrary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * My practice page: my latest check-in's suggestion (mine alone), the practices I chose, the
 * quiet counts, my plans, and what my partner chose to share of their leaning.
 */
public record PracticeView(PracticeBoard board, Optional<CheckIn> latest, boolean checkInDue,
        boolean appreciationDue, Optional<SharedLeaning> partnersLeaning, String partnerName,
        ChoiceDraft choice, SmallAskDraft ask, PlanDraft plan, String submitted, Map<String, String> errors) {

    public List<String> library() {
        return SmallAskLibrary.said();
    }

    public String suggestion() {
        return latest.map(c -> c.leaning().suggestedPractice().say()).orElse("");
    }

    public boolean suggestsSmallAsks() {
        return latest.map(c -> c.leaning() == Leaning.HYPER_INDEPENDENT).orElse(false);
    }

    public boolean suggestsLifeOfMyOwn() {
        return latest.map(c -> c.leaning() == Leaning.CODEPENDENT).orElse(false);
    }

    /** "2 small asks this week, of the 3 you chose": words only, never a mark for falling short. */
    public String smallAsksWords() {
        return Phrase.of("practice.practice.smallAsks.count", board.smallAsksThisWeek(),
                board.choice().smallAsksWeekly(), board.smallAsksEver()).say();
    }

    /** Weeks counted, never strung together: a week off is a choice, and takes nothing away. */
    public String weeksWords() {
        return Phrase.of("practice.practice.weeks", board.weeksPractised()).say();
    }

    /** The error beside {@code field} of the form that was sent ("choice", "ask" or "plan"); the others show none. */
    public String errorIn(String form, String field) {
        return form.equals(submitted) ? errors.getOrDefault(field, "") : "";
    }
}
