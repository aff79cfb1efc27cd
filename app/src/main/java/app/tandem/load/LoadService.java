package app.tandem.load;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.need.NeedService;
import app.tandem.need.NeedText;
import app.tandem.need.When;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.NotFoundException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared load: the couple's items, the done log, the agreed fair share, the balance view and
 * hand-overs. Every method starts from the signed-in partner and reaches only their couple.
 */
@Service
public class LoadService {

    /** Back-dating reaches a year back; the future is not loggable (a few minutes' clock skew aside). */
    static final Duration BACKDATE_LIMIT = Duration.ofDays(366);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_ITEMS = 300;

    /** A catalogue entry to pick, and who owns all its phases to begin with. */
    public record Pick(String key, Owner owner) {}

    /** The signed-in partner's couple, and which letter they are. */
    private record Us(long coupleId, Owner me, List<Balance.Partner> partners) {}

    private final LoadRepository load;
    private final Catalogue catalogue;
    private final CoupleService couples;
    private final Clock clock;
    private final NeedService needs;

    LoadService(LoadRepository load, Catalogue catalogue, CoupleService couples, Clock clock, NeedService needs) {
        this.load = load;
        this.catalogue = catalogue;
        this.couples = couples;
        this.clock = clock;
        this.needs = needs;
    }

    public List<CatalogueItem> catalogue() {
        return catalogue.items();
    }

    public List<Balance.Partner> partners(long partnerId) {
        return us(partnerId).partners();
    }

    public Owner letterOf(long partnerId) {
        return us(partnerId).me();
    }

    public List<LoadItem> items(long partnerId) {
        return load.items(us(partnerId).coupleId());
    }

    public LoadItem item(long partnerId, long itemId) {
        return requireItem(us(partnerId).coupleId(), itemId);
    }

    /** Catalogue keys the couple has already picked (and not archived). */
    public Set<String> pickedKeys(long partnerId) {
        return new HashSet<>(load.pickedCatalogueKeys(us(partnerId).coupleId()));
    }

    /** Adds the picked catalogue entries; entries already picked are skipped, not doubled. */
    @Transactional
    public List<LoadItem> pick(long partnerId, List<Pick> picks) {
        Us us = us(partnerId);
        if (picks == null || picks.isEmpty()) {
            throw new InvalidInputException("picks", "Pick at least one item.");
        }
        Set<String> picked = new HashSet<>(load.pickedCatalogueKeys(us.coupleId()));
        Map<String, Pick> unique = new java.util.LinkedHashMap<>();
        for (Pick pick : picks) {
            if (pick == null || pick.key() == null || catalogue.find(pick.key()).isEmpty()) {
                throw new InvalidInputException("picks", "One of the picked items is not in the catalogue.");
            }
            if (pick.owner() == null) {
                throw new InvalidInputException("picks", "Say who owns each picked item: A, B or shared.");
            }
            unique.putIfAbsent(pick.key(), pick);
        }
        checkRoom(us, unique.size());
        Instant now = clock.instant();
        List<LoadItem> added = new ArrayList<>();
        for (Pick pick : unique.values()) {
            if (picked.contains(pick.key())) {
                continue;
            }
            CatalogueItem entry = catalogue.find(pick.key()).orElseThrow();
            LoadItem item = new LoadItem(0, entry.key(), entry.title(), entry.area(), entry.cadence(),
                    entry.everyDays(), entry.minutes(), pick.owner(), pick.owner(), pick.owner(), entry.doneMeans());
            added.add(requireItem(us.coupleId(), load.insertItem(us.coupleId(), item, now)));
        }
        return added;
    }

    /** A load item of the couple's own. */
    @Transactional
    public LoadItem add(long partnerId, ItemDraft draft) {
        Us us = us(partnerId);
        LoadItem item = draft.validate(0, null);
        checkRoom(us, 1);
        return requireItem(us.coupleId(), load.insertItem(us.coupleId(), item, clock.instant()));
    }

    @Transactional
    public LoadItem update(long partnerId, long itemId, ItemDraft draft) {
        Us us = us(partnerId);
        LoadItem current = load.lockItem(us.coupleId(), itemId).orElseThrow(() -> new NotFoundException("Load item"));
        load.updateItem(us.coupleId(), draft.validate(current.id(), current.catalogueKey()));
        return requireItem(us.coupleId(), itemId);
    }

    @Transactional
    public void archive(long partnerId, long itemId) {
        Us us = us(partnerId);
        requireItem(us.coupleId(), itemId);
        load.archiveItem(us.coupleId(), itemId, clock.instant());
    }

    /**
     * Logs one occurrence. {@code doneBy} defaults to the partner logging it and {@code doneAt}
     * to now; back-dating is allowed up to a year.
     */
    @Transactional
    public Done logDone(long partnerId, long itemId, Owner doneBy, Instant doneAt) {
        Us us = us(partnerId);
        LoadItem item = requireItem(us.coupleId(), itemId);
        Instant now = clock.instant();
        Owner who = doneBy == null ? us.me() : doneBy;
        Instant when = doneAt == null ? now : doneAt;
        if (when.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("doneAt", "That is in the future; log it once it is done.");
        }
        if (when.isBefore(now.minus(BACKDATE_LIMIT))) {
            throw new InvalidInputException("doneAt", "Log things done within the last year.");
        }
        Carried carried = Carried.of(item, who);
        long id = load.insertDone(us.coupleId(), item.id(), who, when, partnerId, now, carried);
        return new Done(id, item.id(), item.title(), who, when, carried);
    }

    /** Takes back a mistaken tap. */
    @Transactional
    public void undoDone(long partnerId, long doneId) {
        if (load.deleteDone(us(partnerId).coupleId(), doneId) == 0) {
            throw new NotFoundException("Logged occurrence");
        }
    }

    /** The last two weeks' log, newest first. */
    public List<Done> recentDone(long partnerId, int limit) {
        Us us = us(partnerId);
        return load.recentDone(us.coupleId(), clock.instant().minus(Duration.ofDays(14)), Math.min(limit, 200));
    }

    /** The ledger: each partner's mental and doing load per week, the current week last. */
    public List<WeekLoad> ledger(long partnerId, int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new InvalidInputException("weeks", "Ask for 1 to 52 weeks.");
        }
        return weeks(us(partnerId).coupleId(), weeks);
    }

    /**
     * The balance view. Reads a fixed window (the last twelve weeks, and four for the tilt),
     * aggregated per week in the database, so its cost does not grow with years of history.
     */
    public Balance balance(long partnerId) {
        Us us = us(partnerId);
        FairShare share = load.fairShare(us.coupleId());
        List<WeekLoad> weeks = weeks(us.coupleId(), Balance.WEEKS);
        LocalDate tiltFrom = weeks.get(weeks.size() - Balance.TILT_WEEKS).monday();
        List<Balance.Tilt> tilts = tilts(us.coupleId(), share, start(tiltFrom), end(thisMonday()));
        Optional<GoingItAlone> alert = GoingItAlone.carrier(weeks.subList(0, weeks.size() - 1), share)
                .filter(carrier -> carrier == us.me())
                .map(carrier -> goingItAlone(us, carrier, weeks.subList(0, weeks.size() - 1), share, tilts));
        return new Balance(us.partners(), us.me(), share, weeks, tilts, alert, load.openHandovers(us.coupleId()));
    }

    public FairShare fairShare(long partnerId) {
        return load.fairShare(us(partnerId).coupleId());
    }

    /** Proposes a split, as the proposer's own percent; it counts once the other partner agrees. */
    @Transactional
    public FairShare proposeFairShare(long partnerId, Integer myPercent) {
        Us us = us(partnerId);
        if (myPercent == null || myPercent < 0 || myPercent > 100) {
            throw new InvalidInputException("myPercent", "Your share is a percent from 0 to 100.");
        }
        FairShare current = load.lockFairShare(us.coupleId());
        int targetA = us.me() == Owner.A ? myPercent : 100 - myPercent;
        if (!current.pending() && current.targetA() == targetA) {
            throw new ConflictException("That is already the split you agreed.");
        }
        load.proposeFairShare(us.coupleId(), targetA, us.me(), clock.instant());
        return load.fairShare(us.coupleId());
    }

    /** The other partner agrees to the proposed split, which then counts from this week's view on. */
    @Transactional
    public FairShare agreeFairShare(long partnerId) {
        Us us = us(partnerId);
        FairShare current = load.lockFairShare(us.coupleId());
        if (!current.pending()) {
            throw new ConflictException("There is no proposed split to agree to.");
        }
        if (current.proposedBy() == us.me()) {
            throw new ConflictException("You proposed this split; your partner agrees to it, or you withdraw it.");
        }
        load.agreeFairShare(us.coupleId(), clock.instant());
        return load.fairShare(us.coupleId());
    }

    /** Either partner withdraws (the proposer) or sets aside (the other) a proposed split. */
    @Transactional
    public FairShare withdrawFairShare(long partnerId) {
        Us us = us(partnerId);
        if (!load.lockFairShare(us.coupleId()).pending()) {
            throw new ConflictException("There is no proposed split.");
        }
        load.withdrawFairShareProposal(us.coupleId());
        return load.fairShare(us.coupleId());
    }

    /**
     * The signed-in partner offers phases of an item they own (or share) to the other partner.
     * Nothing moves until the other says yes.
     */
    @Transactional
    public Handover proposeHandover(long partnerId, long itemId, List<Phase> phases) {
        Us us = us(partnerId);
        LoadItem item = load.lockItem(us.coupleId(), itemId).orElseThrow(() -> new NotFoundException("Load item"));
        List<Phase> chosen = phases == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(phases.stream().filter(p -> p != null).toList()));
        chosen.sort(Comparator.naturalOrder());
        if (chosen.isEmpty()) {
            throw new InvalidInputException("phases", "Choose what to hand over: noticing, planning or doing.");
        }
        for (Phase phase : chosen) {
            Owner owner = item.owner(phase);
            if (owner != us.me() && owner != Owner.SHARED) {
                throw new InvalidInputException("phases", "The " + phase.label() + " of \u201c" + item.title()
                        + "\u201d is already your partner's.");
            }
        }
        if (load.hasOpenHandover(us.coupleId(), itemId)) {
            throw new ConflictException("A hand-over of this item is already waiting for an answer.");
        }
        long id = load.insertHandover(us.coupleId(), itemId, chosen, us.me(), us.me().other(), clock.instant());
        // Handing over is asking: the partner hears it as a need, and their yes moves the ownership.
        String phasesText = Phases.text(chosen);
        long needId = needs.send(partnerId, new NeedText("stretched",
                "I have been carrying the " + phasesText + " of \u201c" + item.title() + "\u201d",
                "you to take over the " + phasesText + " of \u201c" + item.title() + "\u201d from now on",
                When.UNSAID)).id();
        load.linkNeed(us.coupleId(), id, needId);
        return load.handover(us.coupleId(), id).orElseThrow();
    }

    /**
     * The receiving partner says yes: the phases become theirs. Public so that a need which
     * asks for a hand-over can accept it when the need is answered yes.
     */
    @Transactional
    public Handover acceptHandover(long partnerId, long handoverId) {
        Us us = us(partnerId);
        Handover handover = openHandoverFor(us, handoverId);
        LoadItem item = load.lockItem(us.coupleId(), handover.itemId())
                .orElseThrow(() -> new NotFoundException("Load item"));
        Map<Phase, Owner> moves = new EnumMap<>(Phase.class);
        handover.phases().forEach(phase -> moves.put(phase, handover.to()));
        load.updateItem(us.coupleId(), item.withOwners(moves));
        load.answerHandover(us.coupleId(), handoverId, Handover.Status.ACCEPTED, clock.instant());
        return load.handover(us.coupleId(), handoverId).orElseThrow();
    }

    /** A yes to the need that asked for a hand-over accepts it, as the partner who said yes. */
    @Transactional
    public void acceptHandoverAskedBy(long answeredBy, long coupleId, long needId) {
        load.openHandoverForNeed(coupleId, needId).ifPresent(handoverId -> acceptHandover(answeredBy, handoverId));
    }

    /** The receiving partner says not now; ownership stays as it was. */
    @Transactional
    public Handover declineHandover(long partnerId, long handoverId) {
        Us us = us(partnerId);
        openHandoverFor(us, handoverId);
        load.answerHandover(us.coupleId(), handoverId, Handover.Status.DECLINED, clock.instant());
        return load.handover(us.coupleId(), handoverId).orElseThrow();
    }

    public Handover handover(long partnerId, long handoverId) {
        Us us = us(partnerId);
        return load.handover(us.coupleId(), handoverId).orElseThrow(() -> new NotFoundException("Hand-over"));
    }

    public List<Handover> openHandovers(long partnerId) {
        return load.openHandovers(us(partnerId).coupleId());
    }

    private Handover openHandoverFor(Us us, long handoverId) {
        Handover handover = load.lockHandover(us.coupleId(), handoverId)
                .orElseThrow(() -> new NotFoundException("Hand-over"));
        if (handover.status() != Handover.Status.PROPOSED) {
            throw new ConflictException("This hand-over was already answered.");
        }
        if (handover.to() != us.me()) {
            throw new ConflictException("Your partner answers this hand-over: it is theirs to take on.");
        }
        return handover;
    }

    private GoingItAlone goingItAlone(Us us, Owner carrier, List<WeekLoad> complete, FairShare share,
            List<Balance.Tilt> tilts) {
        List<WeekLoad> streak = complete.subList(complete.size() - GoingItAlone.WEEKS_IN_A_ROW, complete.size());
        Carried sum = streak.stream().map(WeekLoad::carried).reduce(Carried.NONE, Carried::plus);
        List<Balance.Tilt> mine = tilts.stream().filter(t -> t.towards() == carrier).toList();
        Map<Long, LoadItem> items = load.items(us.coupleId()).stream()
                .collect(Collectors.toMap(LoadItem::id, Function.identity()));
        Optional<GoingItAlone.Suggestion> handOver = mine.stream()
                .map(t -> items.get(t.itemId()))
                .filter(item -> item != null && !load.hasOpenHandover(us.coupleId(), item.id()))
                .map(item -> suggestion(item, carrier))
                .flatMap(Optional::stream)
                .findFirst();
        return new GoingItAlone(carrier, streak, sum.percentOf(carrier), share.targetOf(carrier),
                mine.stream().limit(2).map(Balance.Tilt::title).toList(), handOver);
    }

    /** The phases the carrier owns alone, or else those they share. */
    private static Optional<GoingItAlone.Suggestion> suggestion(LoadItem item, Owner carrier) {
        List<Phase> own = List.of(Phase.values()).stream().filter(p -> item.owner(p) == carrier).toList();
        List<Phase> phases = own.isEmpty()
                ? List.of(Phase.values()).stream().filter(p -> item.owner(p) == Owner.SHARED).toList() : own;
        return phases.isEmpty() ? Optional.empty()
                : Optional.of(new GoingItAlone.Suggestion(item.id(), item.title(), phases));
    }

    private List<Balance.Tilt> tilts(long coupleId, FairShare share, Instant from, Instant to) {
        return load.itemLoads(coupleId, from, to).stream()
                .map(row -> {
                    Carried c = row.carried();
                    // A's minutes beyond what the agreed split gives A of this item; negative tilts towards B.
                    long beyond = (100L * c.a() - (long) share.targetA() * c.total()) / 100;
                    Owner towards = beyond >= 0 ? Owner.A : Owner.B;
                    return new Balance.Tilt(row.itemId(), row.title(), towards, (int) Math.abs(beyond), c);
                })
                .filter(t -> t.seconds() >= 60)
                .sorted(Comparator.comparingInt(Balance.Tilt::seconds).reversed().thenComparing(Balance.Tilt::title))
                .limit(5)
                .toList();
    }

    private List<WeekLoad> weeks(long coupleId, int count) {
        LocalDate thisMonday = thisMonday();
        LocalDate first = thisMonday.minusWeeks(count - 1L);
        Map<LocalDate, Carried> found = load.weeks(coupleId, start(first), end(thisMonday)).stream()
                .collect(Collectors.toMap(WeekLoad::monday, WeekLoad::carried));
        List<WeekLoad> weeks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate monday = first.plusWeeks(i);
            weeks.add(new WeekLoad(monday, found.getOrDefault(monday, Carried.NONE)));
        }
        return weeks;
    }

    private LocalDate thisMonday() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Instant start(LocalDate monday) {
        return monday.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The end (exclusive) of the week starting on {@code monday}. */
    private static Instant end(LocalDate monday) {
        return start(monday.plusWeeks(1));
    }

    private void checkRoom(Us us, int adding) {
        if (load.items(us.coupleId()).size() + adding > MAX_ITEMS) {
            throw new ConflictException("You have " + MAX_ITEMS + " items already; archive some before adding more.");
        }
    }

    private LoadItem requireItem(long coupleId, long itemId) {
        return load.item(coupleId, itemId).orElseThrow(() -> new NotFoundException("Load item"));
    }

    private Us us(long partnerId) {
        Couple couple = couples.coupleOf(partnerId).orElseThrow(() -> new NotFoundException("Couple"));
        if (!couple.complete()) {
            throw new ConflictException("Shared load is for two: it opens once your partner has joined.");
        }
        List<Balance.Partner> partners = List.of(
                new Balance.Partner(Owner.A, couple.members().get(0).partnerId(), couple.members().get(0).displayName()),
                new Balance.Partner(Owner.B, couple.members().get(1).partnerId(), couple.members().get(1).displayName()));
        Owner me = partners.get(0).partnerId() == partnerId ? Owner.A : Owner.B;
        return new Us(couple.id(), me, partners);
    }
}
