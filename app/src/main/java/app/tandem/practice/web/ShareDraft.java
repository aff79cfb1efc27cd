package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.practice.Leaning;
import app.tandem.practice.ShareLeaning;

/** A leaning to share, as submitted: "hyper-independent", "interdependent" or "codependent", and my words. */
public record ShareDraft(String leaning, String words) {

    public ShareDraft {
        leaning = leaning == null ? "" : leaning;
        words = words == null ? "" : words;
    }

    ShareLeaning toCommand() {
        FieldErrors errors = new FieldErrors();
        Leaning parsed = Leaning.parse(leaning);
        if (parsed == null) {
            errors.add("leaning", Phrase.of("practice.error.leaning"));
        }
        String checked = errors.text("words", Phrase.of("practice.field.words"), words, true);
        return errors.orThrow(() -> new ShareLeaning(parsed, checked));
    }
}
