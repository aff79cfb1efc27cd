package app.tandem.agreement;

/** Where a version of the agreement stands; {@link AgreementAction} says how it moves. */
public enum AgreementStatus {
    /** Signed by the partner who proposed it; waiting for the other's signature. Every version starts here. */
    PROPOSED("proposed"),
    /** Signed by both: the agreement the couple lives by. */
    IN_FORCE("in force"),
    /** Was in force until a newer version was signed. */
    SUPERSEDED("superseded"),
    /** The other partner answered it with a counter-proposal. */
    COUNTERED("countered"),
    /** Its own author replaced it before it was signed. */
    WITHDRAWN("withdrawn");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    /** In words, for the history and for "it is …". */
    public String label() {
        return label;
    }
}
