package app.tandem.agreement;

/** Where a version of the agreement stands. */
public enum AgreementStatus {
    /** Signed by the partner who proposed it; waiting for the other's signature. */
    PROPOSED,
    /** Signed by both: the agreement the couple lives by. */
    IN_FORCE,
    /** Was in force until a newer version was signed. */
    SUPERSEDED,
    /** The other partner answered it with a counter-proposal. */
    COUNTERED,
    /** Its own author replaced it before it was signed. */
    WITHDRAWN
}
