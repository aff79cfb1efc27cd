package app.tandem.load.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.load.LoadService;
import app.tandem.load.Owner;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * Catalogue entries to pick, each with who carries it now. The API sends
 * {@code {"picks": [{"key", "owner"}]}}; the catalogue page sends each ticked {@code pick} with
 * its {@code owner-<key>} select, which pairs a box with its select without indexes that shift
 * when a box is left unticked — {@link #ofForm} reads that into the same record.
 */
record PicksDraft(List<PickDraft> picks) {

    record PickDraft(String key, String owner) {}

    public PicksDraft {
        picks = picks == null ? List.of() : picks.stream().map(p -> p == null ? new PickDraft(null, null) : p).toList();
    }

    static PicksDraft ofForm(MultiValueMap<String, String> form) {
        List<PickDraft> picks = new ArrayList<>();
        for (String key : form.getOrDefault("pick", List.of())) {
            picks.add(new PickDraft(key, form.getFirst("owner-" + key)));
        }
        return new PicksDraft(picks);
    }

    /** Whether each is in the catalogue is the service's to say. */
    List<LoadService.Pick> toCommand() {
        FieldErrors errors = new FieldErrors();
        if (picks.isEmpty()) {
            errors.add("picks", "Pick at least one item.");
        }
        if (picks.stream().anyMatch(p -> Owner.parse(p.owner()) == null)) {
            errors.add("picks", "Say who owns each picked item: A, B or shared.");
        }
        return errors.orThrow(() -> picks.stream().map(p -> new LoadService.Pick(p.key(), Owner.parse(p.owner())))
                .toList());
    }
}
