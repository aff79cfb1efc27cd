package app.tandem.pause;

import app.tandem.kernel.TranslatedLines;
import java.util.List;
import org.springframework.stereotype.Component;

/** Ways to calm down during a pause, from pause/calming.txt (and its translations). */
@Component
public class CalmingSuggestions {

    private final TranslatedLines all = new TranslatedLines("pause/calming.txt");

    /** The same pause always shows the same suggestion, in the reader's language; successive pauses vary. */
    public String forPause(long pauseId) {
        List<String> lines = all.current();
        return lines.get((int) Math.floorMod(pauseId, (long) lines.size()));
    }
}
