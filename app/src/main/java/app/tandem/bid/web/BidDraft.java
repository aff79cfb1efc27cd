package app.tandem.bid.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;

/** A bid as written, on home's quick form and in the API: one line. */
public record BidDraft(String text) {

    public BidDraft {
        text = text == null ? "" : text;
    }

    /** Line breaks and runs of spaces become one space: a bid is one line. */
    String toLine() {
        FieldErrors errors = new FieldErrors();
        String line = errors.text("text", Phrase.of("bid.field.text"), text.replaceAll("\\s+", " "), true);
        return errors.orThrow(() -> line);
    }
}
