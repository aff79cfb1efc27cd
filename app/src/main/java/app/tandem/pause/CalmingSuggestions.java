package app.tandem.pause;

import app.tandem.kernel.ResourceLines;
import java.util.List;
import org.springframework.stereotype.Component;

/** Ways to calm down during a pause, from pause/calming.txt. */
@Component
public class CalmingSuggestions {

    private final List<String> all = ResourceLines.of("pause/calming.txt");

    /** The same pause always shows the same suggestion; successive pauses vary. */
    public String forPause(long pauseId) {
        return all.get((int) Math.floorMod(pauseId, (long) all.size()));
    }
}
