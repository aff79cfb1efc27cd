package app.tandem.practice;

/**
 * The practices a partner chose, never forced: small asks with a weekly number they set
 * (null: not practising them), and a life of my own.
 */
public record PracticeChoice(Integer smallAsksWeekly, boolean lifeOfMyOwn) {

    public static final PracticeChoice NONE = new PracticeChoice(null, false);
    public static final int MAX_SMALL_ASKS = 14;

    public boolean smallAsks() {
        return smallAsksWeekly != null;
    }
}
