package app.tandem.load.web;

import app.tandem.partner.PartnerService;
import app.tandem.load.Balances;
import app.tandem.load.Done;
import app.tandem.load.FairShares;
import app.tandem.load.Handovers;
import app.tandem.load.LoadItem;
import app.tandem.load.LoadService;
import app.tandem.load.Owner;
import app.tandem.load.Phase;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Our load": the items and the one-tap done log, the catalogue, an item, and the balance. Each
 * form binds the same draft as the API and goes through {@link Forms#submit}: a broken rule
 * draws the form again, 400, with what was typed and every error beside its field.
 */
@Controller
class LoadPages {

    private final LoadService load;
    private final Balances balances;
    private final FairShares fairShares;
    private final Handovers handovers;
    private final Clock clock;
    private final PartnerService partners;

    LoadPages(LoadService load, Balances balances, FairShares fairShares, Handovers handovers, Clock clock,
            PartnerService partners) {
        this.partners = partners;
        this.load = load;
        this.balances = balances;
        this.fairShares = fairShares;
        this.handovers = handovers;
        this.clock = clock;
    }

    @GetMapping("/load")
    String items(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam Optional<Long> logged, Model model) {
        return items(me, logged, 0, DoneDraft.NOW_BY_ME, Map.of(), model);
    }

    @GetMapping("/load/catalogue")
    String catalogue(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return catalogue(me, Map.of(), Map.of(), model);
    }

    /** Each ticked {@code pick} comes with its {@code owner-<key>}: A, B or shared. */
    @PostMapping("/load/catalogue")
    String pick(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response, Model model) {
        PicksDraft draft = PicksDraft.ofForm(form);
        return Forms.submit(response, () -> {
            load.pick(me.id(), draft.toCommand());
            return "redirect:/load?item-saved";
        }, errors -> catalogue(me, draft.typed(), errors, model));
    }

    @GetMapping("/load/items/new")
    String newItem(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return newItem(me, ItemDraft.blank(load.letterOf(me.id())), Map.of(), model);
    }

    @PostMapping("/load/items")
    String add(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute ItemDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> "redirect:/load?item-saved#item-" + load.add(me.id(), draft.toCommand()).id(),
                errors -> newItem(me, draft, errors, model));
    }

    @GetMapping("/load/items/{id}")
    String item(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        LoadItem item = load.item(me.id(), id);
        return item(me, item, ItemDraft.of(item), Map.of(), model);
    }

    @PostMapping("/load/items/{id}")
    String update(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute ItemDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> "redirect:/load?item-saved#item-" + load.update(me.id(), id, draft.toCommand()).id(),
                errors -> item(me, load.item(me.id(), id), draft, errors, model));
    }

    @PostMapping("/load/items/{id}/archive")
    String archive(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.archive(me.id(), id);
        return "redirect:/load?item-removed";
    }

    /** One tap: done by me, now. With {@code day} (back-dated) and {@code doneBy}, for the other partner or both. */
    @PostMapping("/load/items/{id}/done")
    String done(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, @ModelAttribute DoneDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            Done done = load.logDone(me.id(), id, draft.toCommand(clock.instant(), partners.timesOf(me.id())));
            return "redirect:/load?logged=" + done.id() + "#item-" + id;
        }, errors -> items(me, Optional.empty(), load.item(me.id(), id).id(), draft, errors, model));
    }

    @PostMapping("/load/done/{id}/undo")
    String undo(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.undoDone(me.id(), id);
        return "redirect:/load";
    }

    @GetMapping("/load/balance")
    String balance(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        return balance(me, null, Map.of(), model);
    }

    @PostMapping("/load/fair-share")
    String proposeFairShare(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute FairShareDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            fairShares.propose(me.id(), draft.toCommand());
            return "redirect:/load/balance?share-proposed#fair-share";
        }, errors -> balance(me, draft, errors, model));
    }

    @PostMapping("/load/fair-share/agree")
    String agreeFairShare(@AuthenticationPrincipal PartnerPrincipal me) {
        fairShares.agree(me.id());
        return "redirect:/load/balance?share-agreed#fair-share";
    }

    @PostMapping("/load/fair-share/withdraw")
    String withdrawFairShare(@AuthenticationPrincipal PartnerPrincipal me) {
        fairShares.withdraw(me.id());
        return "redirect:/load/balance?share-withdrawn#fair-share";
    }

    /** Offered from the item page or the going-it-alone prompt; a refusal goes back to the item when there is one. */
    @PostMapping("/load/handovers")
    String proposeHandover(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute HandoverDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            handovers.propose(me.id(), draft.toCommand());
            return "redirect:/load/balance?handover-proposed#handovers";
        }, errors -> {
            Optional<LoadItem> item = Optional.ofNullable(draft.item()).flatMap(id -> ours(me, id));
            return item.isPresent() ? item(me, item.get(), ItemDraft.of(item.get()), errors, model)
                    : balance(me, null, errors, model);
        });
    }

    @PostMapping("/load/handovers/{id}/accept")
    String acceptHandover(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        handovers.accept(me.id(), id);
        return "redirect:/load/balance?handover-answered#handovers";
    }

    @PostMapping("/load/handovers/{id}/decline")
    String declineHandover(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        handovers.decline(me.id(), id);
        return "redirect:/load/balance?handover-answered#handovers";
    }

    private String items(PartnerPrincipal me, Optional<Long> logged, long failedItem, DoneDraft draft,
            Map<String, String> errors, Model model) {
        List<Done> recent = load.recentDone(me.id(), 10);
        Optional<Done> justLogged = logged.flatMap(id -> recent.stream().filter(d -> d.id() == id).findFirst());
        model.addAttribute("view", new LoadView(load.partners(me.id()), load.letterOf(me.id()),
                LoadView.byArea(load.items(me.id())), justLogged, recent, partners.timesOf(me.id()).today(clock.instant()), failedItem, draft, errors));
        return "load/items";
    }

    private String catalogue(PartnerPrincipal me, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("view", new CatalogueView(load.partners(me.id()), load.catalogue(), load.pickedKeys(me.id()),
                typed, errors));
        return "load/catalogue";
    }

    private String newItem(PartnerPrincipal me, ItemDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("form", new ItemForm(0, draft, errors, load.partners(me.id()), load.letterOf(me.id()),
                List.of(), false));
        return "load/item";
    }

    private String item(PartnerPrincipal me, LoadItem item, ItemDraft draft, Map<String, String> errors, Model model) {
        Owner letter = load.letterOf(me.id());
        List<Phase> handable = List.of(Phase.values()).stream()
                .filter(p -> item.owner(p) == letter || item.owner(p) == Owner.SHARED).toList();
        boolean waiting = handovers.open(me.id()).stream().anyMatch(h -> h.itemId() == item.id());
        model.addAttribute("form", new ItemForm(item.id(), draft, errors, load.partners(me.id()), letter, handable,
                waiting));
        model.addAttribute("fromNeed", load.needOf(me.id(), item.id()).orElse(null));
        return "load/item";
    }

    /** {@code typed}: the split as typed, or null for the agreed one. */
    private String balance(PartnerPrincipal me, FairShareDraft typed, Map<String, String> errors, Model model) {
        model.addAttribute("view", BalanceView.of(balances.balance(me.id()), typed, errors));
        return "load/balance";
    }

    private Optional<LoadItem> ours(PartnerPrincipal me, long itemId) {
        return load.items(me.id()).stream().filter(i -> i.id() == itemId).findFirst();
    }
}
