package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.plan.SignalKind;

/** Which signal to send: "come-find-me" or "need-to-leave". */
public record SignalDraft(String kind) {

    public SignalDraft {
        kind = kind == null ? "" : kind;
    }

    SignalKind toCommand() {
        FieldErrors errors = new FieldErrors();
        SignalKind parsed = SignalKind.parse(kind);
        if (parsed == null) {
            errors.add("kind", Phrase.of("plan.error.kind.signal-is-come"));
        }
        return errors.orThrow(() -> parsed);
    }
}
