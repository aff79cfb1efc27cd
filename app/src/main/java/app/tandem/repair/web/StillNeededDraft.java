package app.tandem.repair.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;

/** "Not yet": what the hurt partner still needs, as written. */
public record StillNeededDraft(String stillNeeded) {

    public static final StillNeededDraft EMPTY = new StillNeededDraft("");

    public StillNeededDraft {
        stillNeeded = stillNeeded == null ? "" : stillNeeded;
    }

    String toText() {
        FieldErrors errors = new FieldErrors();
        String needed = errors.text("stillNeeded", Phrase.of("repair.field.still-needed"), stillNeeded, true);
        return errors.orThrow(() -> needed);
    }
}
