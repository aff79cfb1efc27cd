package app.tandem.coach;

import java.util.Optional;

/**
 * A need reviewed field by field, so that the UI can point at the field that needs care.
 * Offsets in each review are into that field's own text. {@code suggestion} is the whole
 * kinder "I feel ___ because ___, and I need ___", or {@code null} when all three are clean;
 * {@link #suggestedParts()} gives the same suggestion in its three parts.
 */
public record NeedReview(Review feeling, Review because, Review need, String suggestion, NeedSuggestion parts) {

    public NeedReview {
        if (parts != null && suggestion == null) {
            suggestion = parts.sentence();
        }
    }

    /** A review without the parts (the shape before they existed). */
    public NeedReview(Review feeling, Review because, Review need, String suggestion) {
        this(feeling, because, need, suggestion, null);
    }

    /** The suggestion as feeling, because and need; empty when all three fields are clean. */
    public Optional<NeedSuggestion> suggestedParts() {
        return Optional.ofNullable(parts);
    }

    public boolean isClean() {
        return feeling.isClean() && because.isClean() && need.isClean();
    }
}
