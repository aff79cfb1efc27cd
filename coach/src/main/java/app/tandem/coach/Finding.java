package app.tandem.coach;

/**
 * One thing the coach noticed: which label, where in the reviewed text ({@code start}
 * inclusive, {@code end} exclusive, in chars), the words that triggered it
 * ({@code trigger == text.substring(start, end)}), why it matters and what to do instead.
 */
public record Finding(Label label, int start, int end, String trigger, String explanation, String antidote) {
}
