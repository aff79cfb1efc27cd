package app.tandem.load;

import app.tandem.kernel.Phrase;
import java.util.List;

final class Phases {

    private Phases() {}

    /** "noticing", "noticing and doing", "noticing, planning and doing". */
    static String text(List<Phase> phases) {
        List<String> words = phases.stream().map(Phase::label).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        // Only the last two are joined by a word ("and", "und"); the others by a comma.
        return Phrase.of("load.and", String.join(", ", words.subList(0, words.size() - 1)),
                words.get(words.size() - 1)).say();
    }
}
