package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.plan.OurSignals;

/** Our own word or gesture for each signal; empty keeps the plain words. */
public record SignalsDraft(String comeFindMe, String needToLeave) {

    static final int MAX = 80;

    public SignalsDraft {
        comeFindMe = comeFindMe == null ? "" : comeFindMe;
        needToLeave = needToLeave == null ? "" : needToLeave;
    }

    OurSignals toCommand() {
        FieldErrors errors = new FieldErrors();
        String come = errors.text("comeFindMe", "The “come find me” signal", comeFindMe, false);
        String leave = errors.text("needToLeave", "The “I need to leave” signal", needToLeave, false);
        if (come != null && come.length() > MAX) {
            errors.add("comeFindMe", "A signal is a word or a gesture: at most " + MAX + " characters.");
        }
        if (leave != null && leave.length() > MAX) {
            errors.add("needToLeave", "A signal is a word or a gesture: at most " + MAX + " characters.");
        }
        return errors.orThrow(() -> new OurSignals(come == null ? "" : come, leave == null ? "" : leave));
    }
}
