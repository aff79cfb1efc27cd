package app.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The coach writes English only; the app's catalogue says its notes in other languages under
 * {@code coach.<key>}. The English catalogue must hold exactly the coach's own words, so that a
 * change to the coach shows up here as a line to translate again.
 */
class CoachWordsTest {

    @Test
    void theEnglishCatalogueHoldsTheCoachsOwnWordsForEveryFinding() throws IOException {
        Map<String, String> coach = new TreeMap<>();
        CoachWords.coachTexts().forEach((k, v) -> {
            if (!((String) k).startsWith("suggest.")) {
                coach.put("coach." + k, ((String) v).replace("'", "''"));
            }
        });
        Map<String, String> english = MessageCataloguesTest.catalogue("");
        assertThat(coach).isNotEmpty();
        coach.forEach((key, words) -> assertThat(english.get(key)).as(key).isEqualTo(words));
    }
}
