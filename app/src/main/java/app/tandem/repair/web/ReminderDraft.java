package app.tandem.repair.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.repair.Quotable;
import app.tandem.repair.ReminderText;

/** A reminder as written: the commitment it quotes, the message, and the need it follows (optional). */
public record ReminderDraft(Long needId, String commitment, String message) {

    public ReminderDraft {
        commitment = commitment == null ? "" : commitment;
        message = message == null ? "" : message;
    }

    /** Every field checked, all at once; a reminder must quote a commitment in force. */
    ReminderText toCommand(Quotable quotable) {
        FieldErrors errors = new FieldErrors();
        String quoted = quotable.quote(errors, commitment, true);
        String text = errors.text("message", Phrase.of("repair.field.message"), message, true);
        return errors.orThrow(() -> new ReminderText(needId, quoted, text));
    }
}
