package app.tandem.coach;

/**
 * One thing the coach noticed: which label, where in the reviewed text ({@code start}
 * inclusive, {@code end} exclusive, in chars), the words that triggered it
 * ({@code trigger == text.substring(start, end)}), why it matters, what to do instead, and
 * which {@link Layer} found it. A semantic finding's span is the sentence that carries it.
 */
public record Finding(Label label, int start, int end, String trigger, String explanation, String antidote, Layer layer) {

    public Finding {
        layer = layer == null ? Layer.RULES : layer;
    }

    /** A rule finding (the shape before the semantic layer existed). */
    public Finding(Label label, int start, int end, String trigger, String explanation, String antidote) {
        this(label, start, end, trigger, explanation, antidote, Layer.RULES);
    }
}
