package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
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
            errors.add("leaning", "Choose the leaning to share: going it alone, interdependent, or losing myself in us.");
        }
        String checked = errors.text("words", "What you want to say about it", words, true);
        return errors.orThrow(() -> new ShareLeaning(parsed, checked));
    }
}
