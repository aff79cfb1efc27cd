package app.tandem.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;

/**
 * An action whose input is one text (a reflection, a clarification, a thank-you, a bid's
 * words): the form field and the JSON body are both {@code text}.
 */
public record TextDraft(String text) {

    public static final TextDraft EMPTY = new TextDraft("");

    public TextDraft {
        text = text == null ? "" : text;
    }

    /** The text, trimmed and required; errors are reported under {@code field}, naming it {@code what}. */
    public String toText(String field, Phrase what) {
        FieldErrors errors = new FieldErrors();
        String checked = errors.text(field, what, text, true);
        return errors.orThrow(() -> checked);
    }
}
