package app.tandem.load;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.kernel.InvalidInputException;
import app.tandem.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** "Our load": the items and the one-tap done log, the catalogue, an item, and the balance. */
@Controller
class LoadPages {

    private final LoadService load;
    private final Clock clock;

    LoadPages(LoadService load, Clock clock) {
        this.load = load;
        this.clock = clock;
    }

    @GetMapping("/load")
    String items(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam Optional<Long> logged, Model model) {
        List<Done> recent = load.recentDone(me.id(), 10);
        Optional<Done> justLogged = logged.flatMap(id -> recent.stream().filter(d -> d.id() == id).findFirst());
        model.addAttribute("view", new LoadView(load.partners(me.id()), load.letterOf(me.id()),
                LoadView.byArea(load.items(me.id())), justLogged, recent, today()));
        return "load/items";
    }

    @GetMapping("/load/catalogue")
    String catalogue(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        model.addAttribute("view", new CatalogueView(load.partners(me.id()), load.catalogue(), load.pickedKeys(me.id()),
                ""));
        return "load/catalogue";
    }

    /** Each ticked {@code pick} comes with its {@code owner-<key>}: A, B or shared. */
    @PostMapping("/load/catalogue")
    String pick(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response, Model model) {
        List<LoadService.Pick> picks = new ArrayList<>();
        for (String key : form.getOrDefault("pick", List.of())) {
            picks.add(new LoadService.Pick(key, Owner.parse(form.getFirst("owner-" + key))));
        }
        try {
            load.pick(me.id(), picks);
            return "redirect:/load";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("view", new CatalogueView(load.partners(me.id()), load.catalogue(),
                    load.pickedKeys(me.id()), e.fieldErrors().getOrDefault("picks", "")));
            return "load/catalogue";
        }
    }

    @GetMapping("/load/items/new")
    String newItem(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        Owner letter = load.letterOf(me.id());
        ItemDraft blank = new ItemDraft("", Area.HOME.wireName(), Cadence.WEEKLY.wireName(), null, 30,
                letter.wireName(), letter.wireName(), letter.wireName(), "");
        model.addAttribute("form", new ItemForm(0, blank, Map.of(), load.partners(me.id()), letter, List.of(), false));
        return "load/item";
    }

    @PostMapping("/load/items")
    String add(@AuthenticationPrincipal PartnerPrincipal me, ItemDraft draft, HttpServletResponse response,
            Model model) {
        try {
            LoadItem item = load.add(me.id(), draft);
            return "redirect:/load#item-" + item.id();
        } catch (InvalidInputException e) {
            return invalid(me, 0, draft, e, response, model);
        }
    }

    @GetMapping("/load/items/{id}")
    String item(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, Model model) {
        LoadItem item = load.item(me.id(), id);
        model.addAttribute("form", form(me, item, ItemDraft.of(item), Map.of()));
        return "load/item";
    }

    @PostMapping("/load/items/{id}")
    String update(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id, ItemDraft draft,
            HttpServletResponse response, Model model) {
        try {
            load.update(me.id(), id, draft);
            return "redirect:/load#item-" + id;
        } catch (InvalidInputException e) {
            return invalid(me, id, draft, e, response, model);
        }
    }

    @PostMapping("/load/items/{id}/archive")
    String archive(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.archive(me.id(), id);
        return "redirect:/load";
    }

    /**
     * One tap: done by me, now. With {@code day} (back-dated; noon UTC on that day, unless it
     * is today) and {@code doneBy}, for the other partner or both.
     */
    @PostMapping("/load/items/{id}/done")
    String done(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestParam(required = false) String doneBy, @RequestParam(required = false) String day) {
        Done done = load.logDone(me.id(), id, Owner.parse(doneBy), when(day));
        return "redirect:/load?logged=" + done.id() + "#item-" + id;
    }

    @PostMapping("/load/done/{id}/undo")
    String undo(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.undoDone(me.id(), id);
        return "redirect:/load";
    }

    @GetMapping("/load/balance")
    String balance(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        model.addAttribute("view", new BalanceView(load.balance(me.id())));
        return "load/balance";
    }

    @PostMapping("/load/fair-share")
    String proposeFairShare(@AuthenticationPrincipal PartnerPrincipal me,
            @RequestParam(required = false) Integer myPercent) {
        load.proposeFairShare(me.id(), myPercent);
        return "redirect:/load/balance#fair-share";
    }

    @PostMapping("/load/fair-share/agree")
    String agreeFairShare(@AuthenticationPrincipal PartnerPrincipal me) {
        load.agreeFairShare(me.id());
        return "redirect:/load/balance#fair-share";
    }

    @PostMapping("/load/fair-share/withdraw")
    String withdrawFairShare(@AuthenticationPrincipal PartnerPrincipal me) {
        load.withdrawFairShare(me.id());
        return "redirect:/load/balance#fair-share";
    }

    @PostMapping("/load/handovers")
    String proposeHandover(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam long itemId,
            @RequestParam(required = false) List<String> phases) {
        List<Phase> parsed = phases == null ? List.of() : phases.stream().map(Phase::parse).filter(p -> p != null).toList();
        load.proposeHandover(me.id(), itemId, parsed);
        return "redirect:/load/balance#handovers";
    }

    @PostMapping("/load/handovers/{id}/accept")
    String acceptHandover(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.acceptHandover(me.id(), id);
        return "redirect:/load/balance#handovers";
    }

    @PostMapping("/load/handovers/{id}/decline")
    String declineHandover(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        load.declineHandover(me.id(), id);
        return "redirect:/load/balance#handovers";
    }

    /** A rule broken where no form is re-shown (a day, a percent, a hand-over): say which, and how to go back. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e, HttpServletRequest request, HttpServletResponse response,
            Authentication auth) {
        response.setStatus(400);
        ModelAndView view = new ModelAndView("error");
        view.addObject("page", Pages.of(request, auth));
        view.addObject("status", 400);
        view.addObject("message", String.join(" ", e.fieldErrors().values()) + " Go back and try again.");
        return view;
    }

    private String invalid(PartnerPrincipal me, long id, ItemDraft draft, InvalidInputException e,
            HttpServletResponse response, Model model) {
        response.setStatus(400);
        ItemForm form = id == 0
                ? new ItemForm(0, draft, e.fieldErrors(), load.partners(me.id()), load.letterOf(me.id()), List.of(), false)
                : form(me, load.item(me.id(), id), draft, e.fieldErrors());
        model.addAttribute("form", form);
        return "load/item";
    }

    private ItemForm form(PartnerPrincipal me, LoadItem item, ItemDraft draft, Map<String, String> errors) {
        Owner letter = load.letterOf(me.id());
        List<Phase> handable = List.of(Phase.values()).stream()
                .filter(p -> item.owner(p) == letter || item.owner(p) == Owner.SHARED).toList();
        boolean waiting = load.openHandovers(me.id()).stream().anyMatch(h -> h.itemId() == item.id());
        return new ItemForm(item.id(), draft, errors, load.partners(me.id()), letter, handable, waiting);
    }

    private Instant when(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(day.strip());
            return date.equals(today()) ? null : date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "Pick a day.");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
