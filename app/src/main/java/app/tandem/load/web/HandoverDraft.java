package app.tandem.load.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.load.Phase;
import app.tandem.load.ProposeHandover;
import java.util.List;
import java.util.Objects;

/**
 * A hand-over as offered: the item, and the phases ("noticing", "planning", "doing"). An unknown
 * phase is refused on the page as in the API — dropping it would offer less than the partner chose.
 */
record HandoverDraft(String itemId, List<String> phases) {

    public HandoverDraft {
        itemId = ItemDraft.orEmpty(itemId);
        phases = phases == null ? List.of() : phases.stream().map(ItemDraft::orEmpty).toList();
    }

    /** The item's id, if it reads as one: where the page goes back to. */
    Long item() {
        try {
            return Long.parseLong(itemId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    ProposeHandover toCommand() {
        FieldErrors errors = new FieldErrors();
        Long item = item();
        if (item == null) {
            errors.add("itemId", Phrase.of("load.error.item-id"));
        }
        List<Phase> parsed = phases.stream().map(Phase::parse).toList();
        if (parsed.contains(null)) {
            errors.add("phases", Phrase.of("load.error.phases"));
        } else if (parsed.isEmpty()) {
            errors.add("phases", Phrase.of("load.error.phases.choose-what-to"));
        }
        return errors.orThrow(() -> new ProposeHandover(item, parsed.stream().filter(Objects::nonNull).toList()));
    }
}
