package app.tandem.coach.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One normalised word form known to the lexicon. Tokens point at their {@code Word} so that
 * every later question ("is this a negative trait?", "does a phrase start here?") is a bit
 * test or a pointer comparison instead of a string lookup.
 */
public final class Word {

    private static final List<Word[]> NO_SEQUENCES = List.of();

    final String form;
    /** Bit {@code c} is set when this form alone is an entry of word class {@code c}. */
    long single;
    /** Per class id: multi-word entries that start with this form (the following words). */
    List<Word[]>[] multi;
    /** Phrase rules whose first element can match this form (and whose second element is not a plain word). */
    final List<PhraseRule> rules = new ArrayList<>(0);
    /**
     * Phrase rules that start with this form, keyed by their second word. Most rules start with
     * "i" or "you"; keying on two words keeps the rules tried per token to a handful.
     */
    final Map<Word, List<PhraseRule>> rulesBySecond = new HashMap<>(4);

    Word(String form) {
        this.form = form;
    }

    public String form() {
        return form;
    }

    boolean isSingle(int classId) {
        return (single & (1L << classId)) != 0;
    }

    List<Word[]> sequences(int classId) {
        if (multi == null || multi[classId] == null) {
            return NO_SEQUENCES;
        }
        return multi[classId];
    }

    @SuppressWarnings("unchecked")
    void addSequence(int classId, Word[] rest, int classCount) {
        if (multi == null) {
            multi = new List[classCount];
        }
        if (multi[classId] == null) {
            multi[classId] = new ArrayList<>(2);
        }
        multi[classId].add(rest);
    }

    @Override
    public String toString() {
        return form;
    }
}
