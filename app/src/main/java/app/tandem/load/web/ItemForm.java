package app.tandem.load.web;

import app.tandem.kernel.Phrase;
import app.tandem.load.Area;
import app.tandem.load.Balance;
import app.tandem.load.Cadence;
import app.tandem.load.Owner;
import app.tandem.load.Phase;
import java.util.List;
import java.util.Map;

/**
 * The item page: the form's values (as typed, so a mistake is shown with what was written),
 * its errors (the item's fields, and a hand-over's {@code phases} and {@code itemId}), and which
 * phases the signed-in partner could hand over.
 */
public record ItemForm(long id, ItemDraft draft, Map<String, String> errors, List<Balance.Partner> partners, Owner me,
        List<Phase> handable, boolean handoverWaiting) {

    public boolean isNew() {
        return id == 0;
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String name(Owner owner) {
        return Names.of(partners, owner);
    }

    public String partnerName() {
        return Names.of(partners, me.other());
    }

    public boolean selected(Area area) {
        return Area.parse(draft.area()) == area;
    }

    public boolean selected(Cadence cadence) {
        return Cadence.parse(draft.cadence()) == cadence;
    }

    /** Whether {@code owner} is the one typed for {@code phase}. */
    public boolean owns(Phase phase, Owner owner) {
        return Owner.parse(draft.owner(phase)) == owner;
    }

    /** The phase's label on the form, with what it means. */
    public String label(Phase phase) {
        return Phrase.of("load.item.phase." + phase.wireName()).say();
    }

    public List<Area> areas() {
        return List.of(Area.values());
    }

    public List<Cadence> cadences() {
        return List.of(Cadence.values());
    }

    public List<Owner> owners() {
        return List.of(Owner.values());
    }

    public List<Phase> phases() {
        return List.of(Phase.values());
    }
}
