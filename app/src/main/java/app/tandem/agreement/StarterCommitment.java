package app.tandem.agreement;

/** A commitment offered to couples writing their agreement, in our own words. */
public record StarterCommitment(String area, String text) {}
