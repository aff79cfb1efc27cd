package app.tandem.load;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The split the couple agreed is fair: proposed by one partner, counting once the other agrees ({@link FairShareAction}). */
@Service
public class FairShares {

    private final FairShareRepository shares;
    private final LoadCouples couples;
    private final Clock clock;

    FairShares(FairShareRepository shares, LoadCouples couples, Clock clock) {
        this.shares = shares;
        this.couples = couples;
        this.clock = clock;
    }

    public FairShare fairShare(long partnerId) {
        return shares.find(couples.us(partnerId).coupleId());
    }

    /** Proposes a split, as the proposer's own percent; it counts once the other partner agrees. */
    @Transactional
    public FairShare propose(long partnerId, ProposeFairShare proposal) {
        LoadCouples.Us us = couples.us(partnerId);
        int targetA = us.me() == Owner.A ? proposal.myPercent() : 100 - proposal.myPercent();
        shares.lock(us.coupleId()).checkProposal(targetA, us.me());
        shares.propose(us.coupleId(), targetA, us.me(), clock.instant());
        return shares.find(us.coupleId());
    }

    /** The other partner agrees to the proposed split, which then counts from this week's view on. */
    @Transactional
    public FairShare agree(long partnerId) {
        LoadCouples.Us us = couples.us(partnerId);
        shares.lock(us.coupleId()).check(FairShareAction.AGREE, us.me());
        shares.agree(us.coupleId(), clock.instant());
        return shares.find(us.coupleId());
    }

    /** Withdraws (the proposer) or sets aside (the other) a proposed split; the agreed one holds. */
    @Transactional
    public FairShare withdraw(long partnerId) {
        LoadCouples.Us us = couples.us(partnerId);
        shares.lock(us.coupleId()).check(FairShareAction.WITHDRAW, us.me());
        shares.withdraw(us.coupleId());
        return shares.find(us.coupleId());
    }
}
