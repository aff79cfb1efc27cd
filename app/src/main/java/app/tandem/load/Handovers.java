package app.tandem.load;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import app.tandem.need.NeedService;
import app.tandem.need.NeedText;
import app.tandem.need.When;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-overs: a partner offers the other phases of an item they own or share, as a need; nothing
 * moves until the other says yes, here or by answering that need yes ({@link HandoverAction}).
 */
@Service
public class Handovers {

    private final HandoverRepository handovers;
    private final LoadRepository load;
    private final LoadCouples couples;
    private final NeedService needs;
    private final Clock clock;

    Handovers(HandoverRepository handovers, LoadRepository load, LoadCouples couples, NeedService needs, Clock clock) {
        this.handovers = handovers;
        this.load = load;
        this.couples = couples;
        this.needs = needs;
        this.clock = clock;
    }

    public Handover handover(long partnerId, long handoverId) {
        LoadCouples.Us us = couples.us(partnerId);
        return handovers.find(us.coupleId(), handoverId).orElseThrow(() -> new NotFoundException("Hand-over"));
    }

    public List<Handover> open(long partnerId) {
        return handovers.open(couples.us(partnerId).coupleId());
    }

    /** Offers phases of an item the partner owns (or shares) to the other partner. */
    @Transactional
    public Handover propose(long partnerId, ProposeHandover proposal) {
        LoadCouples.Us us = couples.us(partnerId);
        LoadItem item = load.lockItem(us.coupleId(), proposal.itemId())
                .orElseThrow(() -> new NotFoundException("Load item"));
        for (Phase phase : proposal.phases()) {
            Owner owner = item.owner(phase);
            if (owner != us.me() && owner != Owner.SHARED) {
                throw new InvalidInputException("phases",
                        Phrase.of("load.error.phases.partners." + phase.wireName(), item.title()));
            }
        }
        if (handovers.hasOpen(us.coupleId(), item.id())) {
            throw new ConflictException(HandoverAction.PROPOSE.whyNot(Handover.Status.PROPOSED));
        }
        long id = handovers.insert(us.coupleId(), item.id(), proposal.phases(), us.me(), us.me().other(),
                clock.instant());
        // Handing over is asking: the partner hears it as a need, and their yes moves the ownership.
        String phasesText = Phases.text(proposal.phases());
        // In the words of the partner who hands over: it is their need, sent in their language.
        long needId = needs.send(partnerId, new NeedText(Phrase.of("load.handover.need.feeling").say(),
                Phrase.of("load.handover.need.because", phasesText, item.title()).say(),
                Phrase.of("load.handover.need.need", phasesText, item.title()).say(),
                When.UNSAID)).id();
        handovers.linkNeed(us.coupleId(), id, needId);
        return handovers.find(us.coupleId(), id).orElseThrow();
    }

    /** The receiving partner says yes: the phases become theirs. */
    @Transactional
    public Handover accept(long partnerId, long handoverId) {
        LoadCouples.Us us = couples.us(partnerId);
        Handover handover = lock(us, handoverId);
        Handover.Status next = handover.check(HandoverAction.ACCEPT, us.me());
        LoadItem item = load.lockItem(us.coupleId(), handover.itemId())
                .orElseThrow(() -> new NotFoundException("Load item"));
        Map<Phase, Owner> moves = new EnumMap<>(Phase.class);
        handover.phases().forEach(phase -> moves.put(phase, handover.to()));
        load.updateItem(us.coupleId(), item.withOwners(moves));
        handovers.answer(us.coupleId(), handoverId, next, clock.instant());
        return handovers.find(us.coupleId(), handoverId).orElseThrow();
    }

    /** The receiving partner says not now; ownership stays as it was. */
    @Transactional
    public Handover decline(long partnerId, long handoverId) {
        LoadCouples.Us us = couples.us(partnerId);
        Handover.Status next = lock(us, handoverId).check(HandoverAction.DECLINE, us.me());
        handovers.answer(us.coupleId(), handoverId, next, clock.instant());
        return handovers.find(us.coupleId(), handoverId).orElseThrow();
    }

    /** A yes to the need that asked for a hand-over accepts it, as the partner who said yes. */
    @Transactional
    public void acceptAskedBy(long answeredBy, long coupleId, long needId) {
        handovers.openForNeed(coupleId, needId).ifPresent(handoverId -> accept(answeredBy, handoverId));
    }

    private Handover lock(LoadCouples.Us us, long handoverId) {
        return handovers.lock(us.coupleId(), handoverId).orElseThrow(() -> new NotFoundException("Hand-over"));
    }
}
