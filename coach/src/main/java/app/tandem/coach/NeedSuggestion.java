package app.tandem.coach;

/**
 * A need's suggestion in the three parts of "I feel ___ because ___, and I need ___", so that
 * the UI can put each back into its own field. Each part is the partner's own words, or a
 * gap in square brackets ("[what happened]") where their part is missing or was the flagged
 * one. {@code because} may start with "when" ("when you comment on my driving"); {@code need}
 * follows "I need" ("you to do bath time tonight", "a hug").
 */
public record NeedSuggestion(String feeling, String because, String need) {

    /** The whole sentence, as {@link NeedReview#suggestion()} gives it. */
    public String sentence() {
        String situation = because.startsWith("when ") ? " " + because : " because " + because;
        return "I feel " + feeling + situation + ", and I need " + need + ".";
    }
}
