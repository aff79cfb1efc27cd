package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
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
        String come = errors.text("comeFindMe", Phrase.of("plan.field.come-find-me"), comeFindMe, false);
        String leave = errors.text("needToLeave", Phrase.of("plan.field.need-to-leave"), needToLeave, false);
        if (come != null && come.length() > MAX) {
            errors.add("comeFindMe", Phrase.of("plan.error.signal.too-long", MAX));
        }
        if (leave != null && leave.length() > MAX) {
            errors.add("needToLeave", Phrase.of("plan.error.signal.too-long", MAX));
        }
        return errors.orThrow(() -> new OurSignals(come == null ? "" : come, leave == null ? "" : leave));
    }
}
