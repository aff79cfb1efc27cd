package app.tandem.load;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared load's items and done log: the catalogue, the couple's items, one-tap logging and its
 * undo. The balance is {@link Balances}, the agreed split {@link FairShares}, hand-overs
 * {@link Handovers}. Every method starts from the signed-in partner and reaches only their couple.
 */
@Service
public class LoadService {

    static final int MAX_ITEMS = 300;
    /** The done log as the items page lists it. */
    static final Duration RECENT = Duration.ofDays(14);

    /** A catalogue entry to pick, and who owns all its phases to begin with. */
    public record Pick(String key, Owner owner) {
        public Pick {
            Objects.requireNonNull(owner, "owner");
        }
    }

    private final LoadRepository load;
    private final HandoverRepository handovers;
    private final Catalogue catalogue;
    private final LoadCouples couples;
    private final Clock clock;

    LoadService(LoadRepository load, HandoverRepository handovers, Catalogue catalogue, LoadCouples couples,
            Clock clock) {
        this.load = load;
        this.handovers = handovers;
        this.catalogue = catalogue;
        this.couples = couples;
        this.clock = clock;
    }

    public List<CatalogueItem> catalogue() {
        return catalogue.items();
    }

    public List<Balance.Partner> partners(long partnerId) {
        return couples.us(partnerId).partners();
    }

    public Owner letterOf(long partnerId) {
        return couples.us(partnerId).me();
    }

    public List<LoadItem> items(long partnerId) {
        return load.items(couples.us(partnerId).coupleId());
    }

    public LoadItem item(long partnerId, long itemId) {
        return requireItem(couples.us(partnerId).coupleId(), itemId);
    }

    /** Catalogue keys the couple has already picked (and not archived). */
    public Set<String> pickedKeys(long partnerId) {
        return new HashSet<>(load.pickedCatalogueKeys(couples.us(partnerId).coupleId()));
    }

    /** Adds the picked catalogue entries; entries already picked are skipped, not doubled. */
    @Transactional
    public List<LoadItem> pick(long partnerId, List<Pick> picks) {
        LoadCouples.Us us = couples.us(partnerId);
        if (picks.isEmpty()) {
            throw new InvalidInputException("picks", Phrase.of("load.error.picks"));
        }
        Map<String, Pick> unique = new LinkedHashMap<>();
        for (Pick pick : picks) {
            if (pick.key() == null || catalogue.find(pick.key()).isEmpty()) {
                throw new InvalidInputException("picks", Phrase.of("load.error.picks.one-of-the"));
            }
            unique.putIfAbsent(pick.key(), pick);
        }
        checkRoom(us, unique.size());
        Set<String> picked = new HashSet<>(load.pickedCatalogueKeys(us.coupleId()));
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
    public LoadItem add(long partnerId, ItemDetails details) {
        LoadCouples.Us us = couples.us(partnerId);
        checkRoom(us, 1);
        return requireItem(us.coupleId(), load.insertItem(us.coupleId(), details.asItem(0, null), clock.instant()));
    }

    /**
     * The item a yes to a recurring need becomes: the asker noticed it, the listener (who said
     * yes) plans and does it. Linked to the need, once: a second yes adds nothing.
     */
    @Transactional
    void carryRecurringNeed(long listenerId, long askerId, long needId, String title, Cadence cadence) {
        LoadCouples.Us us = couples.us(listenerId);
        if (load.itemOfNeed(us.coupleId(), needId).isPresent()) {
            return;
        }
        checkRoom(us, 1);
        Owner listener = us.me();
        Owner asker = us.partners().stream().filter(p -> p.partnerId() == askerId).findFirst()
                .map(Balance.Partner::letter).orElse(Owner.SHARED);
        ItemDetails details = new ItemDetails(title, Area.HOME, cadence, null, RecurringNeeds.MINUTES, asker,
                listener, listener, "");
        long id = load.insertItem(us.coupleId(), details.asItem(0, null), clock.instant());
        load.linkToNeed(us.coupleId(), id, needId);
    }

    /**
     * A plan's "who does what" (the babysitter, a gift): a one-off item the task's owner plans and
     * does, noticed by whoever wrote it into the plan.
     */
    @Transactional
    void carryPlanTask(long assignedBy, long ownerId, String title) {
        LoadCouples.Us us = couples.us(assignedBy);
        checkRoom(us, 1);
        Owner owner = letterIn(us, ownerId);
        String name = title.length() > ItemDetails.MAX_TITLE ? title.substring(0, ItemDetails.MAX_TITLE - 1) + "…" : title;
        ItemDetails details = new ItemDetails(name, Area.FAMILY_AND_FRIENDS, Cadence.ONE_OFF, null, PlanTasks.MINUTES,
                letterIn(us, assignedBy), owner, owner, "");
        load.insertItem(us.coupleId(), details.asItem(0, null), clock.instant());
    }

    private static Owner letterIn(LoadCouples.Us us, long partnerId) {
        return us.partners().stream().filter(p -> p.partnerId() == partnerId).findFirst()
                .map(Balance.Partner::letter).orElse(Owner.SHARED);
    }

    /** "Not any more": the recurring need's item is archived, as if the couple had archived it. */
    @Transactional
    void endRecurringNeed(long coupleId, long needId) {
        Instant now = clock.instant();
        load.itemOfNeed(coupleId, needId).ifPresent(itemId -> {
            load.archiveItem(coupleId, itemId, now);
            handovers.lapse(coupleId, itemId, now);
        });
    }

    /** The need this item came from, if a yes to a recurring need made it. */
    public java.util.Optional<Long> needOf(long partnerId, long itemId) {
        return load.needOfItem(couples.us(partnerId).coupleId(), itemId);
    }

    /** The live item a recurring need became, if any. */
    public java.util.Optional<LoadItem> itemOfNeed(long partnerId, long needId) {
        long coupleId = couples.us(partnerId).coupleId();
        return load.itemOfNeed(coupleId, needId).map(id -> requireItem(coupleId, id));
    }

    @Transactional
    public LoadItem update(long partnerId, long itemId, ItemDetails details) {
        LoadCouples.Us us = couples.us(partnerId);
        LoadItem current = load.lockItem(us.coupleId(), itemId).orElseThrow(() -> new NotFoundException("Load item"));
        load.updateItem(us.coupleId(), details.asItem(current.id(), current.catalogueKey()));
        return requireItem(us.coupleId(), itemId);
    }

    /** Archives the item; its weeks already logged stay, and an open hand-over of it lapses. */
    @Transactional
    public void archive(long partnerId, long itemId) {
        LoadCouples.Us us = couples.us(partnerId);
        requireItem(us.coupleId(), itemId);
        Instant now = clock.instant();
        load.archiveItem(us.coupleId(), itemId, now);
        handovers.lapse(us.coupleId(), itemId, now);
    }

    /** Logs one occurrence, by the partner logging it and now unless {@code done} says otherwise. */
    @Transactional
    public Done logDone(long partnerId, long itemId, LogDone done) {
        LoadCouples.Us us = couples.us(partnerId);
        LoadItem item = requireItem(us.coupleId(), itemId);
        Instant now = clock.instant();
        Owner who = done.doneBy() == null ? us.me() : done.doneBy();
        Instant when = done.doneAt() == null ? now : done.doneAt();
        LogDone.outOfRange(when, now).ifPresent(why -> {
            throw new InvalidInputException("doneAt", why);
        });
        Carried carried = Carried.of(item, who);
        long id = load.insertDone(us.coupleId(), item.id(), who, when, partnerId, now, carried);
        return new Done(id, item.id(), item.title(), who, when, carried);
    }

    /** Takes back a mistaken tap. */
    @Transactional
    public void undoDone(long partnerId, long doneId) {
        if (load.deleteDone(couples.us(partnerId).coupleId(), doneId) == 0) {
            throw new NotFoundException("Logged occurrence");
        }
    }

    /** The last two weeks' log, newest first. */
    public List<Done> recentDone(long partnerId, int limit) {
        LoadCouples.Us us = couples.us(partnerId);
        return load.recentDone(us.coupleId(), clock.instant().minus(RECENT), Math.min(limit, 200));
    }

    private void checkRoom(LoadCouples.Us us, int adding) {
        if (load.items(us.coupleId()).size() + adding > MAX_ITEMS) {
            throw new ConflictException(Phrase.of("load.conflict.too-many-items", MAX_ITEMS));
        }
    }

    private LoadItem requireItem(long coupleId, long itemId) {
        return load.item(coupleId, itemId).orElseThrow(() -> new NotFoundException("Load item"));
    }
}
