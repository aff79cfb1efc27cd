package app.tandem.home.web;

import app.tandem.agreement.AgreementView;
import app.tandem.bid.BidBoard;
import app.tandem.need.NeedBoard;
import app.tandem.need.NeedStatus;
import app.tandem.need.NeedSummary;
import app.tandem.pause.Pause;
import app.tandem.plan.PendingSignal;
import app.tandem.plan.PlanSummary;
import app.tandem.repair.RepairBoard;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What home read for a partner, kept with the couple's revision it was read at. Partners look
 * at home far more often than they change anything, so most visits reuse the last reading after
 * one query for the revision; any change, made through any node, raises the revision in the
 * database and the next visit reads afresh. Only the first page of the whole history is kept
 * (other pages and filters are read each time), so each partner holds one entry at most; bounded:
 * the least recently seen partners go first. Keyed by couple as well as partner: a partner who
 * leaves and joins another couple must never see the old couple's cards, whatever its revision.
 * Nothing here needs to survive a restart or be shared between nodes.
 */
@Component
class HomeCards {

    /**
     * Everything home shows that comes from the database and changes with the couple's revision.
     * Plans and their signals raise it too; upcoming plans also move with the clock.
     */
    record Cards(List<NeedSummary> history, NeedBoard needs, BidBoard bids, RepairBoard repairs, List<Pause> pauses,
            AgreementView agreement, List<PendingSignal> signals, List<PlanSummary> upcomingPlans) {

        /**
         * Whether a fresh reading now could differ although nothing was written: only when a
         * plan read as upcoming has since passed (a later one would take its place).
         */
        boolean outlivedAt(Instant now) {
            return upcomingPlans.stream().anyMatch(p -> !p.upcomingAt(now));
        }
    }

    private record Key(long partnerId, long coupleId) {}

    private record Reading(long revision, Cards cards) {}

    private final int capacity;
    private final Map<Key, Reading> readings;

    HomeCards(@Value("${tandem.home.cached-partners:2000}") int capacity) {
        this.capacity = capacity;
        this.readings = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Reading> eldest) {
                return size() > HomeCards.this.capacity;
            }
        };
    }

    /** The partner's cards at this revision: kept ones if read at it, otherwise freshly read. */
    Cards at(long partnerId, long coupleId, long revision, Instant now, NeedStatus filter, int page,
            Supplier<Cards> read) {
        if (filter != null || page != 1) {
            return read.get();
        }
        Key key = new Key(partnerId, coupleId);
        synchronized (readings) {
            Reading kept = readings.get(key);
            if (kept != null && kept.revision() == revision && !kept.cards().outlivedAt(now)) {
                return kept.cards();
            }
        }
        Cards cards = read.get();
        if (capacity > 0) {
            synchronized (readings) {
                readings.put(key, new Reading(revision, cards));
            }
        }
        return cards;
    }
}
