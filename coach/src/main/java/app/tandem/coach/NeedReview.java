package app.tandem.coach;

/**
 * A need reviewed field by field, so that the UI can point at the field that needs care.
 * Offsets in each review are into that field's own text. {@code suggestion} is the whole
 * kinder "I feel ___ because ___, and I need ___", or {@code null} when all three are clean.
 */
public record NeedReview(Review feeling, Review because, Review need, String suggestion) {

    public boolean isClean() {
        return feeling.isClean() && because.isClean() && need.isClean();
    }
}
