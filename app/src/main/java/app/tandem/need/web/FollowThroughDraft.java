package app.tandem.need.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.need.FollowThrough;

/** The asker's follow-through as submitted: {@code outcome} is "met" or "missed", in any case. */
public record FollowThroughDraft(String outcome) {

    FollowThrough toCommand() {
        FieldErrors errors = new FieldErrors();
        FollowThrough parsed = FollowThrough.parse(outcome);
        if (parsed == null) {
            errors.add("outcome", Phrase.of("need.error.outcome"));
        }
        return errors.orThrow(() -> parsed);
    }
}
