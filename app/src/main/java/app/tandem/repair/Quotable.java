package app.tandem.repair;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import java.util.List;

/**
 * The commitments of the agreement in force, which a hurt or a reminder may quote: word for
 * word, so that the partner reads what they signed and not a paraphrase of it.
 */
public record Quotable(List<String> commitments) {

    public Quotable {
        commitments = List.copyOf(commitments);
    }

    public boolean none() {
        return commitments.isEmpty();
    }

    /** The quoted commitment, trimmed, or null when none is quoted; records under "commitment" why not. */
    public String quote(FieldErrors errors, String commitment, boolean required) {
        if (commitment == null || commitment.isBlank()) {
            if (required) {
                errors.add("commitment", Phrase.of("repair.error.commitment"));
            }
            return null;
        }
        String quoted = commitment.strip();
        if (!commitments.contains(quoted)) {
            errors.add("commitment", Phrase.of("repair.error.commitment.quote-a-commitment"));
        }
        return quoted;
    }
}
