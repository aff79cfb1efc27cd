package app.tandem.practice;

/**
 * One statement of the check-in, in Tandem's own words. Agreeing with it moves the partner
 * toward {@code pole}: -1 toward going it alone, +1 toward losing oneself in the other.
 */
public record Statement(int number, String text, int pole) {}
