package app.tandem.load.web;

import app.tandem.partner.PartnerService;
import app.tandem.load.Balance;
import app.tandem.load.Balances;
import app.tandem.load.Carried;
import app.tandem.load.Done;
import app.tandem.load.FairShare;
import app.tandem.load.FairShares;
import app.tandem.load.GoingItAlone;
import app.tandem.load.Handover;
import app.tandem.load.Handovers;
import app.tandem.load.LoadItem;
import app.tandem.load.LoadService;
import app.tandem.load.Owner;
import app.tandem.load.Phase;
import app.tandem.load.WeekLoad;
import app.tandem.partner.PartnerPrincipal;
import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shared load, for API clients. Owners are "A" (the partner who started the couple), "B" or
 * "shared"; minutes are whole minutes, shares whole percent. Each action's body is the same
 * draft the pages bind, so a rule reads alike on both.
 */
@RestController
@RequestMapping("/api/v1/load")
@Tag(name = "Load", description = "Load items, the done log, the agreed fair share, the balance and hand-overs")
class LoadApi {

    record CatalogueResponse(String key, String title, String area, String cadence, Integer everyDays, int minutes,
            String doneMeans) {}

    record ItemResponse(long id, String catalogueKey, String title, String area, String cadence, Integer everyDays,
            int minutes, String noticing, String planning, String doing, String doneMeans) {
        static ItemResponse of(LoadItem i) {
            return new ItemResponse(i.id(), i.catalogueKey(), i.title(), i.area().wireName(), i.cadence().wireName(),
                    i.everyDays(), i.minutes(), i.noticing().wireName(), i.planning().wireName(), i.doing().wireName(),
                    i.doneMeans());
        }
    }

    record MinutesResponse(int mental, int doing, int total) {
        static MinutesResponse of(Carried c, Owner partner) {
            return new MinutesResponse(minutes(c.mentalOf(partner)), minutes(c.doingOf(partner)), minutes(c.of(partner)));
        }
    }

    record DoneResponse(long id, long itemId, String itemTitle, String doneBy, Instant doneAt, MinutesResponse a,
            MinutesResponse b) {
        static DoneResponse of(Done d) {
            return new DoneResponse(d.id(), d.itemId(), d.itemTitle(), d.doneBy().wireName(), d.doneAt(),
                    MinutesResponse.of(d.carried(), Owner.A), MinutesResponse.of(d.carried(), Owner.B));
        }
    }

    /** {@code shareA}/{@code shareB} are absent in a week with nothing logged. */
    record WeekResponse(LocalDate monday, MinutesResponse a, MinutesResponse b, Integer shareA, Integer shareB) {
        static WeekResponse of(WeekLoad w) {
            Carried c = w.carried();
            return new WeekResponse(w.monday(), MinutesResponse.of(c, Owner.A), MinutesResponse.of(c, Owner.B),
                    c.total() == 0 ? null : c.percentOf(Owner.A), c.total() == 0 ? null : c.percentOf(Owner.B));
        }
    }

    record PartnerResponse(String letter, long partnerId, String displayName) {}

    record FairShareResponse(int targetA, int targetB, Instant agreedAt, Integer proposedTargetA, String proposedBy,
            Instant proposedAt) {
        static FairShareResponse of(FairShare f) {
            return new FairShareResponse(f.targetA(), 100 - f.targetA(), f.agreedAt(), f.proposedTargetA(),
                    f.proposedBy() == null ? null : f.proposedBy().wireName(), f.proposedAt());
        }
    }

    record TiltResponse(long itemId, String title, String towards, int minutes) {}

    record SuggestionResponse(long itemId, String title, List<String> phases) {}

    record GoingItAloneResponse(String carrier, int averagePercent, int targetPercent, List<LocalDate> weeks,
            String feeling, String because, String need, String composerLink, SuggestionResponse handOver) {
        static GoingItAloneResponse of(GoingItAlone g) {
            return new GoingItAloneResponse(g.carrier().wireName(), g.averagePercent(), g.targetPercent(),
                    g.weeks().stream().map(WeekLoad::monday).toList(), g.feeling(), g.because(), g.need(),
                    g.composerLink(),
                    g.handOver().map(s -> new SuggestionResponse(s.itemId(), s.title(),
                            s.phases().stream().map(Phase::wireName).toList())).orElse(null));
        }
    }

    record HandoverResponse(long id, long itemId, String itemTitle, List<String> phases, String from, String to,
            String status, Instant proposedAt, Instant answeredAt) {
        static HandoverResponse of(Handover h) {
            return new HandoverResponse(h.id(), h.itemId(), h.itemTitle(), h.phases().stream().map(Phase::wireName).toList(),
                    h.from().wireName(), h.to().wireName(), h.status().wireName(), h.proposedAt(),
                    h.answeredAt());
        }
    }

    record BalanceResponse(List<PartnerResponse> partners, String me, FairShareResponse fairShare,
            List<WeekResponse> weeks, List<TiltResponse> tilts, GoingItAloneResponse goingItAlone,
            List<HandoverResponse> openHandovers) {}

    private final LoadService load;
    private final Balances balances;
    private final FairShares fairShares;
    private final Handovers handovers;
    private final Clock clock;
    private final PartnerService partners;

    LoadApi(LoadService load, Balances balances, FairShares fairShares, Handovers handovers, Clock clock,
            PartnerService partners) {
        this.partners = partners;
        this.load = load;
        this.balances = balances;
        this.fairShares = fairShares;
        this.handovers = handovers;
        this.clock = clock;
    }

    @Operation(summary = "The starter catalogue of common load items")
    @GetMapping("/catalogue")
    List<CatalogueResponse> catalogue() {
        return load.catalogue().stream().map(c -> new CatalogueResponse(c.key(), c.title(), c.area().wireName(),
                c.cadence().wireName(), c.everyDays(), c.minutes(), c.doneMeans())).toList();
    }

    @Operation(summary = "Our load items")
    @GetMapping("/items")
    List<ItemResponse> items(@AuthenticationPrincipal PartnerPrincipal me) {
        return load.items(me.id()).stream().map(ItemResponse::of).toList();
    }

    @Operation(summary = "Pick items from the catalogue, each with who owns it to begin with")
    @PostMapping("/items/picks")
    @ResponseStatus(HttpStatus.CREATED)
    List<ItemResponse> pick(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody PicksDraft draft) {
        return load.pick(me.id(), draft.toCommand()).stream().map(ItemResponse::of).toList();
    }

    @Operation(summary = "Add a load item of our own")
    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    ItemResponse add(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody ItemDraft draft) {
        return ItemResponse.of(load.add(me.id(), draft.toCommand()));
    }

    @Operation(summary = "One of our load items")
    @GetMapping("/items/{id}")
    ItemResponse item(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return ItemResponse.of(load.item(me.id(), id));
    }

    @Operation(summary = "Change a load item (all fields)")
    @PutMapping("/items/{id}")
    ItemResponse update(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody ItemDraft draft) {
        return ItemResponse.of(load.update(me.id(), id, draft.toCommand()));
    }

    @Operation(summary = "Archive a load item; its logged history stays in the past weeks")
    @DeleteMapping("/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void archive(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.archive(me.id(), id);
    }

    @Operation(summary = "Log one occurrence: done by me (or A, B, shared), now or back-dated")
    @PostMapping("/items/{id}/done")
    @ResponseStatus(HttpStatus.CREATED)
    DoneResponse done(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody(required = false) DoneDraft draft) {
        DoneDraft given = draft == null ? DoneDraft.NOW_BY_ME : draft;
        return DoneResponse.of(load.logDone(me.id(), id, given.toCommand(clock.instant(), partners.timesOf(me.id()))));
    }

    @Operation(summary = "The last two weeks' done log, newest first")
    @GetMapping("/done")
    List<DoneResponse> recent(@AuthenticationPrincipal PartnerPrincipal me,
            @RequestParam(defaultValue = "100") int limit) {
        return load.recentDone(me.id(), Math.max(1, limit)).stream().map(DoneResponse::of).toList();
    }

    @Operation(summary = "Take back a logged occurrence")
    @DeleteMapping("/done/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void undo(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.undoDone(me.id(), id);
    }

    @Operation(summary = "The ledger: each partner's mental and doing minutes per week (Monday to Sunday in my time zone), current week last")
    @GetMapping("/ledger")
    List<WeekResponse> ledger(@AuthenticationPrincipal PartnerPrincipal me,
            @RequestParam(defaultValue = "12") int weeks) {
        return balances.ledger(me.id(), weeks).stream().map(WeekResponse::of).toList();
    }

    @Operation(summary = "The balance view: twelve weeks against the agreed split, tilting items, and the prompt")
    @GetMapping("/balance")
    BalanceResponse balance(@AuthenticationPrincipal PartnerPrincipal me) {
        Balance b = balances.balance(me.id());
        return new BalanceResponse(
                b.partners().stream().map(p -> new PartnerResponse(p.letter().wireName(), p.partnerId(),
                        p.displayName())).toList(),
                b.me().wireName(), FairShareResponse.of(b.fairShare()),
                b.weeks().stream().map(WeekResponse::of).toList(),
                b.tilts().stream().map(t -> new TiltResponse(t.itemId(), t.title(), t.towards().wireName(),
                        minutes(t.seconds()))).toList(),
                b.goingItAlone().map(GoingItAloneResponse::of).orElse(null),
                b.openHandovers().stream().map(HandoverResponse::of).toList());
    }

    @Operation(summary = "The agreed split, and any proposed one")
    @GetMapping("/fair-share")
    FairShareResponse fairShare(@AuthenticationPrincipal PartnerPrincipal me) {
        return FairShareResponse.of(fairShares.fairShare(me.id()));
    }

    @Operation(summary = "Propose a split (my percent); it counts once my partner agrees")
    @PutMapping("/fair-share")
    FairShareResponse propose(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody FairShareDraft draft) {
        return FairShareResponse.of(fairShares.propose(me.id(), draft.toCommand()));
    }

    @Operation(summary = "Agree to the split my partner proposed")
    @PostMapping("/fair-share/agree")
    FairShareResponse agree(@AuthenticationPrincipal PartnerPrincipal me) {
        return FairShareResponse.of(fairShares.agree(me.id()));
    }

    @Operation(summary = "Withdraw or set aside the proposed split")
    @DeleteMapping("/fair-share/proposal")
    FairShareResponse withdraw(@AuthenticationPrincipal PartnerPrincipal me) {
        return FairShareResponse.of(fairShares.withdraw(me.id()));
    }

    @Operation(summary = "Open hand-overs")
    @GetMapping("/handovers")
    List<HandoverResponse> handovers(@AuthenticationPrincipal PartnerPrincipal me) {
        return handovers.open(me.id()).stream().map(HandoverResponse::of).toList();
    }

    @Operation(summary = "Offer phases of an item I own or share to my partner")
    @PostMapping("/handovers")
    @ResponseStatus(HttpStatus.CREATED)
    HandoverResponse proposeHandover(@AuthenticationPrincipal PartnerPrincipal me,
            @RequestBody HandoverDraft draft) {
        return HandoverResponse.of(handovers.propose(me.id(), draft.toCommand()));
    }

    @Operation(summary = "A hand-over")
    @GetMapping("/handovers/{id}")
    HandoverResponse handover(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return HandoverResponse.of(handovers.handover(me.id(), id));
    }

    @Operation(summary = "Take the handed-over phases on: they become mine")
    @PostMapping("/handovers/{id}/accept")
    HandoverResponse accept(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return HandoverResponse.of(handovers.accept(me.id(), id));
    }

    @Operation(summary = "Not now: ownership stays as it is")
    @PostMapping("/handovers/{id}/decline")
    HandoverResponse decline(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return HandoverResponse.of(handovers.decline(me.id(), id));
    }

    static int minutes(int seconds) {
        return Math.round(seconds / 60f);
    }
}
