package app.tandem.load;

import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.Phrase;
import java.time.Clock;
import app.tandem.partner.PartnerService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The balance view and the ledger: reads a fixed window (the last twelve weeks, and four for the
 * tilt), aggregated per week in the database, so its cost does not grow with years of history;
 * {@link BalanceMath} does the arithmetic.
 */
@Service
public class Balances {

    private final LoadRepository load;
    private final FairShareRepository shares;
    private final HandoverRepository handovers;
    private final LoadCouples couples;
    private final Clock clock;
    private final PartnerService partners;

    Balances(LoadRepository load, FairShareRepository shares, HandoverRepository handovers, LoadCouples couples,
            Clock clock, PartnerService partners) {
        this.partners = partners;
        this.load = load;
        this.shares = shares;
        this.handovers = handovers;
        this.couples = couples;
        this.clock = clock;
    }

    public Balance balance(long partnerId) {
        LoadCouples.Us us = couples.us(partnerId);
        FairShare share = shares.find(us.coupleId());
        ZoneId zone = partners.zoneOf(partnerId);
        List<WeekLoad> weeks = weeks(us.coupleId(), Balance.WEEKS, zone);
        LocalDate tiltFrom = weeks.get(weeks.size() - Balance.TILT_WEEKS).monday();
        LocalDate thisMonday = weeks.get(weeks.size() - 1).monday();
        List<Balance.Tilt> tilts = BalanceMath.tilts(
                load.itemLoads(us.coupleId(), BalanceMath.start(tiltFrom, zone), BalanceMath.end(thisMonday, zone)),
                share);
        List<Handover> open = handovers.open(us.coupleId());
        List<WeekLoad> complete = weeks.subList(0, weeks.size() - 1);
        // The items are read only for the partner who went it alone: most views never need them.
        Optional<Owner> carrier = GoingItAlone.carrier(complete, share);
        // The lighter-loaded partner is told too, so that help can be offered before it is asked for.
        boolean partnerAlone = carrier.filter(c -> c != us.me()).isPresent();
        Optional<GoingItAlone> alert = carrier
                .filter(c -> c == us.me())
                .map(c -> BalanceMath.goingItAlone(c, complete, share, tilts, load.items(us.coupleId()),
                        open.stream().map(Handover::itemId).collect(Collectors.toSet())));
        return new Balance(us.partners(), us.me(), share, weeks, tilts, alert, partnerAlone, open);
    }

    /** The ledger: each partner's mental and doing load per week, the current week last. */
    public List<WeekLoad> ledger(long partnerId, int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new InvalidInputException("weeks", Phrase.of("load.error.weeks"));
        }
        return weeks(couples.us(partnerId).coupleId(), weeks, partners.zoneOf(partnerId));
    }

    /** Weeks as the asking partner lives them: from their Monday midnight, in their zone. */
    private List<WeekLoad> weeks(long coupleId, int count, ZoneId zone) {
        LocalDate thisMonday = BalanceMath.mondayOf(clock.instant(), zone);
        LocalDate first = thisMonday.minusWeeks(count - 1L);
        List<LocalDate> mondays = java.util.stream.Stream.iterate(first, m -> m.plusWeeks(1)).limit(count).toList();
        return BalanceMath.weeks(first, count, load.weeks(coupleId, mondays, zone));
    }
}
