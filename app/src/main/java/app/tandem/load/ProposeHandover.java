package app.tandem.load;

import java.util.List;

/** Phases of an item to offer the other partner: at least one, each once, in phase order. */
public record ProposeHandover(long itemId, List<Phase> phases) {

    public ProposeHandover {
        phases = phases.stream().distinct().sorted().toList();
    }
}
