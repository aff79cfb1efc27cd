package app.tandem.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The confirmation a page shows after an action sent the browser there with a marker in its
 * query ({@code /?bid-sent}). A page redirected to after a form post would otherwise look just
 * as it did before, and a partner cannot tell their action went through. The words are in
 * the message catalogues, under {@code flash.<marker>}.
 */
public enum Flash {
    SENT("sent"),
    SAVED("saved"),
    DISCARDED("discarded"),
    REFLECTED("reflected"),
    HEARD("heard"),
    CLARIFIED("clarified"),
    ANSWERED("answered"),
    MARKED("marked"),
    THANKED("thanked"),
    ENDED("ended"),
    JOINED("joined"),
    CREATED("created"),
    INVITE_RENEWED("invite-renewed"),
    INVITE_REVOKED("invite-revoked"),
    LEFT("left"),
    BID_SENT("bid-sent"),
    BID_ANSWERED("bid-answered"),
    REMINDED("reminded"),
    NAMED("named"),
    REPAIRED("repaired"),
    ACCEPTED("accepted"),
    PROPOSED("proposed"),
    SIGNED("signed"),
    ITEM_SAVED("item-saved"),
    ITEM_REMOVED("item-removed"),
    SHARE_PROPOSED("share-proposed"),
    SHARE_AGREED("share-agreed"),
    SHARE_WITHDRAWN("share-withdrawn"),
    HANDOVER_PROPOSED("handover-proposed"),
    HANDOVER_ANSWERED("handover-answered"),
    PAUSED("paused"),
    RESUMED("resumed"),
    ZONE_CHANGED("zone-changed"),
    LANGUAGE_CHANGED("language-changed"),
    EMAIL_CHANGED("email-changed"),
    EMAIL_LINK_SENT("email-link-sent"),
    ALL_READ("all-read"),
    PLAN_STARTED("plan-started"),
    PREDICTED("predicted"),
    PLAN_CHANGED("plan-changed"),
    PLAN_SIGNED("plan-signed"),
    SIGNAL_SENT("signal-sent"),
    SIGNAL_SEEN("signal-seen"),
    DEBRIEF_PLANNED("debrief-planned"),
    DEBRIEFED("debriefed"),
    NOTE_SAVED("note-saved"),
    FEED_RENEWED("feed-renewed"),
    FEED_REVOKED("feed-revoked"),
    CHECKED_IN("checked-in"),
    LEANING_SHARED("leaning-shared"),
    LEANING_UNSHARED("leaning-unshared"),
    PRACTICE_CHOSEN("practice-chosen"),
    SMALL_ASK_SENT("small-ask-sent"),
    OWN_PLANNED("own-planned"),
    OWN_DONE("own-done"),
    APPRECIATION_SENT("appreciation-sent"),
    BRINGS_SAVED("brings-saved"),
    STATE_OF_US_PLANNED("state-of-us-planned"),
    TURN_TAKEN("turn-taken"),
    NEED_SENT("need-sent"),
    STATE_OF_US_CLOSED("state-of-us-closed"),
    PREFERENCES_SAVED("preferences-saved");

    private final String key;

    Flash(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The words, in the request's language: catalogue key {@code flash.<marker>}. */
    public String message() {
        return Text.current().t("flash." + key);
    }

    /** The first marker among the query's parameter names; unknown names show nothing. */
    static Optional<Flash> among(Set<String> parameterNames) {
        return Arrays.stream(values()).filter(f -> parameterNames.contains(f.key)).findFirst();
    }
}
