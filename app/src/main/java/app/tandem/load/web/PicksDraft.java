package app.tandem.load.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.load.LoadService;
import app.tandem.load.Owner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** What was ticked, by key, with who was chosen for it (empty when nobody was): drawn again after an error. */
    Map<String, String> typed() {
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        picks.stream().filter(p -> p.key() != null).forEach(p -> typed.put(p.key(), p.owner() == null ? "" : p.owner()));
        return typed;
    }

    /** Whether each is in the catalogue is the service's to say. */
    List<LoadService.Pick> toCommand() {
        FieldErrors errors = new FieldErrors();
        if (picks.isEmpty()) {
            errors.add("picks", Phrase.of("load.error.picks"));
        }
        if (picks.stream().anyMatch(p -> Owner.parse(p.owner()) == null)) {
            errors.add("picks", Phrase.of("load.error.picks.say-who-carries"));
        }
        return errors.orThrow(() -> picks.stream().map(p -> new LoadService.Pick(p.key(), Owner.parse(p.owner())))
                .toList());
    }
}
