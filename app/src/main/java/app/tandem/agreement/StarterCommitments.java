package app.tandem.agreement;

import app.tandem.kernel.ResourceLines;
import java.util.List;
import org.springframework.stereotype.Component;

/** The starter commitments, from agreement/starter-commitments.txt ("area|commitment" a line). */
@Component
class StarterCommitments {

    private final List<StarterCommitment> all = ResourceLines.of("agreement/starter-commitments.txt").stream()
            .map(l -> l.split("\\|", 2))
            .map(parts -> new StarterCommitment(parts[0].strip(), parts[1].strip()))
            .toList();

    List<StarterCommitment> all() {
        return all;
    }
}
