package app.tandem.coach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(Map.of("can't", new String[] {"can", "not"}, "youre", new String[] {"you", "are"}), Set.of("dr"), Set.of("it"));

    private List<String> norms(String text) {
        Tokens t = tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.norm(i));
        }
        return out;
    }

    @Test
    void expandsContractionsIntoFullWords() {
        assertThat(norms("You’re late and I can't wait, don't you see?"))
                .containsExactly("you", "are", "late", "and", "i", "can", "not", "wait", ",", "do", "not", "you", "see", "?");
        assertThat(norms("youre")).containsExactly("you", "are");
        assertThat(norms("my dad's car, it's here")).containsExactly("my", "dad", "car", ",", "it", "is", "here");
    }

    @Test
    void expandedTokensShareTheSpanOfTheWrittenWord() {
        String text = "Well, you're late.";
        Tokens t = tokenizer.tokenize(text);
        assertThat(t.norm(2)).isEqualTo("you");
        assertThat(t.norm(3)).isEqualTo("are");
        assertThat(text.substring(t.start(2), t.end(2))).isEqualTo("you're");
        assertThat(text.substring(t.start(3), t.end(3))).isEqualTo("you're");
    }

    @Test
    void keepsHyphenatedWordsDecimalsAndAbbreviationsTogether() {
        assertThat(norms("a heads-up at 3.5 pm with Dr. Ode")).containsExactly("a", "heads-up", "at", "3.5", "pm", "with", "dr", "ode");
    }

    @Test
    void marksSentenceAndClauseBoundaries() {
        Tokens t = tokenizer.tokenize("Hi, you\nthere!");
        assertThat(t.type(1)).isEqualTo(Tokens.CLAUSE_PUNCT);
        assertThat(t.type(3)).isEqualTo(Tokens.SENTENCE_END);
        assertThat(t.type(5)).isEqualTo(Tokens.SENTENCE_END);
    }

    @Test
    void handlesUnicodeLettersCombiningMarksAndSkipsEmoji() {
        String text = "Zoë 😀 שלום cafe\u0301!";
        Tokens t = tokenizer.tokenize(text);
        assertThat(norms(text)).containsExactly("zoë", "שלום", "cafe\u0301", "!");
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.start(i)).isBetween(0, text.length());
            assertThat(t.end(i)).isBetween(t.start(i), text.length());
        }
    }
}
