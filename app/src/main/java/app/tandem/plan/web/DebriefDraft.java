package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.plan.WriteDebrief;

/** My debrief, as posted: did I have your back, what worked, what to change next time. */
public record DebriefDraft(String hadYourBack, String whatWorked, String changeNextTime) {

    public static final DebriefDraft EMPTY = new DebriefDraft("", "", "");

    public DebriefDraft {
        hadYourBack = hadYourBack == null ? "" : hadYourBack;
        whatWorked = whatWorked == null ? "" : whatWorked;
        changeNextTime = changeNextTime == null ? "" : changeNextTime;
    }

    WriteDebrief toCommand() {
        FieldErrors errors = new FieldErrors();
        String back = errors.text("hadYourBack", Phrase.of("plan.field.had-your-back"), hadYourBack, true);
        String worked = errors.text("whatWorked", Phrase.of("plan.field.what-worked"), whatWorked, true);
        String change = errors.text("changeNextTime", Phrase.of("plan.field.change-next-time"), changeNextTime, false);
        return errors.orThrow(() -> new WriteDebrief(back, worked, change == null ? "" : change));
    }
}
