package app.tandem.load;

import java.util.List;
import java.util.Map;

/**
 * The item page: the form's values (as typed, so a mistake is shown with what was written),
 * its errors, and which phases the signed-in partner could hand over.
 */
public record ItemForm(long id, ItemDraft draft, Map<String, String> errors, List<Balance.Partner> partners, Owner me,
        List<Phase> handable, boolean handoverWaiting) {

    public boolean isNew() {
        return id == 0;
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public String name(Owner owner) {
        return Names.of(partners, owner);
    }

    public String partnerName() {
        return Names.of(partners, me.other());
    }

    public String value(String text) {
        return text == null ? "" : text;
    }

    public boolean is(String typed, String wire) {
        return typed != null && typed.equalsIgnoreCase(wire);
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
}
