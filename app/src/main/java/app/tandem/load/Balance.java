package app.tandem.load;

import app.tandem.kernel.Phrase;
import java.util.List;
import java.util.Optional;

/**
 * The balance view: each partner's share of the last twelve weeks against the agreed split,
 * the items that tilt it most, and — for the partner it concerns only — the going-it-alone
 * prompt. It compares the load with what this couple agreed, never one partner with the other.
 */
public record Balance(List<Partner> partners, Owner me, FairShare fairShare, List<WeekLoad> weeks, List<Tilt> tilts,
        Optional<GoingItAlone> goingItAlone, boolean partnerGoingItAlone, List<Handover> openHandovers) {

    /** The number of weeks the view and its trend chart show, the current one last. */
    public static final int WEEKS = 12;
    /** Items' tilt is measured over the last four weeks: what weighs now, not a year ago. */
    public static final int TILT_WEEKS = 4;

    /** A partner of the couple with their letter (A joined first). */
    public record Partner(Owner letter, long partnerId, String displayName) {}

    /**
     * An item whose load over the last four weeks sits off the agreed split: {@code towards}
     * carried {@code seconds} more of it than the split would give them.
     */
    public record Tilt(long itemId, String title, Owner towards, int seconds, Carried carried) {}

    public Partner partner(Owner letter) {
        return partners.get(letter == Owner.B ? 1 : 0);
    }

    public String name(Owner owner) {
        return owner == Owner.SHARED ? Phrase.of("load.owner.shared").say() : partner(owner).displayName();
    }

    public WeekLoad thisWeek() {
        return weeks.get(weeks.size() - 1);
    }
}
