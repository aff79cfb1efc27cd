package app.tandem.practice;

/** A leaning a partner chooses to share, in their own words. */
public record ShareLeaning(Leaning leaning, String words) {}
