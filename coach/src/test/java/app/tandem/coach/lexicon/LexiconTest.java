package app.tandem.coach.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.coach.Label;
import org.junit.jupiter.api.Test;

/** The resource files load, and every explanation a rule points at exists. */
class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.load();

    @Test
    void everyLabelHasAnExplanationAndAnAntidote() {
        for (Label label : Label.values()) {
            assertThat(LEXICON.text(label.wireName() + ".explanation")).as(label.wireName()).isNotBlank();
            assertThat(LEXICON.text(label.wireName() + ".antidote")).as(label.wireName()).isNotBlank();
        }
    }

    @Test
    void everyRuleKeyHasAText() {
        assertThat(LEXICON.rules()).hasSizeGreaterThan(300);
        for (PhraseRule rule : LEXICON.rules()) {
            if (rule.key() != null) {
                assertThat(LEXICON.text(rule.key())).as(rule.toString()).isNotBlank();
            }
        }
    }

    @Test
    void inflectedClassesKnowEveryForm() {
        int negative = LEXICON.classId("predicates_negative");
        for (String form : new String[] {"forget", "forgets", "forgot", "forgotten", "forgetting", "ignored", "interrupting"}) {
            assertThat(Lexicon.isIn(LEXICON.word(form), negative)).as(form).isTrue();
        }
    }

    @Test
    void gerundsAreFormedLikeEnglish() {
        assertThat(Inflector.gerund("raise")).isEqualTo("raising");
        assertThat(Inflector.gerund("stop")).isEqualTo("stopping");
        assertThat(Inflector.gerund("bring")).isEqualTo("bringing");
        assertThat(Inflector.gerund("staying")).isEqualTo("staying");
        assertThat(Inflector.gerund("lie")).isEqualTo("lying");
    }
}
