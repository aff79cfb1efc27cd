package app.tandem.need;

/** The asker's follow-through: was the need met? Each outcome is its own transition. */
public enum FollowThrough {
    MET(NeedAction.MARK_MET),
    MISSED(NeedAction.MARK_MISSED);

    private final NeedAction action;

    FollowThrough(NeedAction action) {
        this.action = action;
    }

    NeedAction action() {
        return action;
    }

    /** "met" or "missed", in any case; null for anything else. */
    public static FollowThrough parse(String value) {
        for (FollowThrough outcome : values()) {
            if (value != null && outcome.name().equalsIgnoreCase(value.strip())) {
                return outcome;
            }
        }
        return null;
    }
}
