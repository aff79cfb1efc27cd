package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.plan.Predict;

/** My prediction, as posted: how hard it will be (my own words), what I'll likely do or feel, what I need from you. */
public record PredictionDraft(String howHard, String underStress, String needFromYou) {

    public static final PredictionDraft EMPTY = new PredictionDraft("", "", "");

    public PredictionDraft {
        howHard = howHard == null ? "" : howHard;
        underStress = underStress == null ? "" : underStress;
        needFromYou = needFromYou == null ? "" : needFromYou;
    }

    Predict toCommand() {
        FieldErrors errors = new FieldErrors();
        String hard = errors.text("howHard", Phrase.of("plan.field.how-hard"), howHard, true);
        String stress = errors.text("underStress", Phrase.of("plan.field.under-stress"), underStress, true);
        String need = errors.text("needFromYou", Phrase.of("plan.field.need-from-you"), needFromYou, true);
        return errors.orThrow(() -> new Predict(hard, stress, need));
    }
}
