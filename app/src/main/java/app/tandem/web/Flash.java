package app.tandem.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The confirmation a page shows after an action sent the browser there with a marker in its
 * query ({@code /?bid-sent}). A page redirected to after a form post would otherwise look just
 * as it did before, and a partner cannot tell their action went through. The words live here
 * in one place, keyed, so that a message catalogue can take them over.
 */
public enum Flash {
    SENT("sent", "Your need is sent. You will see here when it is heard."),
    SAVED("saved", "Your draft is saved. Only you can see it."),
    DISCARDED("discarded", "The draft is discarded."),
    REFLECTED("reflected", "What you heard is shared."),
    HEARD("heard", "You confirmed you were heard."),
    CLARIFIED("clarified", "Your clarification is shared."),
    ANSWERED("answered", "Your answer is sent."),
    MARKED("marked", "Marked. It is recorded here."),
    THANKED("thanked", "Your thank-you is sent."),
    ENDED("ended", "It is ended, and no longer part of your load."),
    JOINED("joined", "You joined. This is your shared space now."),
    CREATED("created", "Your couple is started. Share the invite with your partner."),
    INVITE_RENEWED("invite-renewed", "A new invite is ready; the old one no longer works."),
    INVITE_REVOKED("invite-revoked", "The invite is withdrawn."),
    LEFT("left", "You left the couple."),
    BID_SENT("bid-sent", "Your bid is sent."),
    BID_ANSWERED("bid-answered", "Your answer to the bid is sent."),
    REMINDED("reminded", "Your reminder is sent. It waits for your partner on their home page."),
    NAMED("named", "What hurt is named. Your partner can now answer it with a repair."),
    REPAIRED("repaired", "Your repair is sent."),
    ACCEPTED("accepted", "You accepted the repair."),
    PROPOSED("proposed", "Your proposal is sent. It comes into force when both of you have signed it."),
    SIGNED("signed", "You signed."),
    ITEM_SAVED("item-saved", "The load item is saved."),
    ITEM_REMOVED("item-removed", "The load item is removed."),
    SHARE_PROPOSED("share-proposed", "Your fair share is proposed. It counts once your partner agrees."),
    SHARE_AGREED("share-agreed", "You agreed on your fair share."),
    SHARE_WITHDRAWN("share-withdrawn", "The proposal is withdrawn."),
    HANDOVER_PROPOSED("handover-proposed", "Your offer is sent."),
    HANDOVER_ANSWERED("handover-answered", "Your answer to the offer is recorded."),
    PAUSED("paused", "The conversation is paused. Come back when the time is up."),
    RESUMED("resumed", "The pause is over."),
    ZONE_CHANGED("zone-changed", "Your time zone is changed. Every time is now shown in it."),
    EMAIL_CHANGED("email-changed", "Your e-mail address is changed. Sign in with the new one from now on."),
    EMAIL_LINK_SENT("email-link-sent", "A link is on its way to your new address. Your e-mail changes when you "
            + "open it; until then, sign in with the one you have."),
    ALL_READ("all-read", "Everything is marked read."),
    PLAN_STARTED("plan-started", "Your plan is started. Each of you writes a prediction; both are shown when both are written."),
    PREDICTED("predicted", "Your prediction is kept. Only you see it until your partner has written theirs."),
    PLAN_CHANGED("plan-changed", "Added to your plan."),
    PLAN_SIGNED("plan-signed", "You signed the plan."),
    SIGNAL_SENT("signal-sent", "Your signal is sent."),
    SIGNAL_SEEN("signal-seen", "Your partner knows you saw it."),
    DEBRIEF_PLANNED("debrief-planned", "Your debrief is planned; both of you are reminded at its time."),
    DEBRIEFED("debriefed", "Your debrief is shared."),
    NOTE_SAVED("note-saved", "Your note is kept."),
    FEED_RENEWED("feed-renewed", "Your calendar link is ready; any older link no longer works."),
    FEED_REVOKED("feed-revoked", "Your calendar link is revoked: it no longer works.");

    private final String key;
    private final String message;

    Flash(String key, String message) {
        this.key = key;
        this.message = message;
    }

    public String key() {
        return key;
    }

    public String message() {
        return message;
    }

    /** The first marker among the query's parameter names; unknown names show nothing. */
    static Optional<Flash> among(Set<String> parameterNames) {
        return Arrays.stream(values()).filter(f -> parameterNames.contains(f.key)).findFirst();
    }
}
