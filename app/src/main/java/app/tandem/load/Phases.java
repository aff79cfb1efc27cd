package app.tandem.load;

import java.util.List;

final class Phases {

    private Phases() {}

    /** "noticing", "noticing and doing", "noticing, planning and doing". */
    static String text(List<Phase> phases) {
        List<String> words = phases.stream().map(Phase::label).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
