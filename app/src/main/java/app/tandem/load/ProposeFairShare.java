package app.tandem.load;

/** A split to propose, as the proposer's own percent of the load (0 to 100). */
public record ProposeFairShare(int myPercent) {}
