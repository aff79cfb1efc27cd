package app.tandem.load;

import java.util.Map;

/**
 * A recurring piece of household, family or mental work, with who owns each of its phases
 * and what the couple agreed "done" means. {@code catalogueKey} is null for the couple's own.
 */
public record LoadItem(long id, String catalogueKey, String title, Area area, Cadence cadence, Integer everyDays,
        int minutes, Owner noticing, Owner planning, Owner doing, String doneMeans) {

    public Owner owner(Phase phase) {
        return switch (phase) {
            case NOTICING -> noticing;
            case PLANNING -> planning;
            case DOING -> doing;
        };
    }

    /** The same item with the given phases moved to {@code to}. */
    LoadItem withOwners(Map<Phase, Owner> moves) {
        return new LoadItem(id, catalogueKey, title, area, cadence, everyDays, minutes,
                moves.getOrDefault(Phase.NOTICING, noticing), moves.getOrDefault(Phase.PLANNING, planning),
                moves.getOrDefault(Phase.DOING, doing), doneMeans);
    }

    public String cadenceLabel() {
        return cadence.describe(everyDays);
    }
}
