package app.tandem.coach.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.coach.Kind;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramsTest {

    @Test
    void gramsAreTheDistinctWordUniBiAndTrigramsLowerCased() {
        assertThat(Ngrams.grams("Oh WOW, oh wow")).containsExactly(
                "oh", "oh wow", "oh wow ,", "wow", "wow ,", "wow , oh", ",", ", oh", ", oh wow");
    }

    @Test
    void curlyApostrophesMarksAndEmojiAreTokensAsTheTrainerSawThem() {
        assertThat(Ngrams.tokens("I\u2019m sure?!? 🙄 x")).containsExactly("i'm", "sure", "?!?", "🙄", "x");
        assertThat(Ngrams.tokens("   ")).isEmpty();
    }

    @Test
    void aModelAddsTheWeightsOfTheGramsItKnowsEachWorthOneOverTheRootOfTheirNumber() {
        Ngrams.Model m = new Ngrams.Model(Heads.Group.ANSWER, 0.35, new float[] {-1f, 0f},
                Map.of("wow", new float[] {2f, 0f}, "oh wow", new float[] {2f, 1f}));
        double[] z = m.logits(List.of("oh", "oh wow", "wow", "wow ."));
        assertThat(z[0]).isCloseTo(-1 + 4 / 2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(z[1]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.logits(List.of())).containsExactly(-1.0, 0.0);
    }

    @Test
    void theFileReadsBackAsWritten() throws Exception {
        Ngrams n = new Ngrams(List.of(new Ngrams.Model(Heads.Group.NEED, 0.35, new float[] {0.5f},
                Map.of("you never", new float[] {1.25f}, "🙄", new float[] {-0.5f}))));
        Ngrams back = Ngrams.read(new BufferedReader(new StringReader(n.write(List.of("a header")))));
        Ngrams.Model m = back.model(Kind.NEED);
        assertThat(m.mix()).isEqualTo(0.35);
        assertThat(m.bias()).containsExactly(0.5f);
        assertThat(m.weights().get("you never")).containsExactly(1.25f);
        assertThat(m.weights().get("🙄")).containsExactly(-0.5f);
        assertThat(back.model(Kind.REFLECTION)).isNull();
    }

    @Test
    void theShippedWordHeadsReadSarcasmAsContemptMoreThanAPlainThanks() {
        Ngrams.Model answers = Ngrams.load().model(Kind.REPLY);
        int contempt = 1; // answers' heads: criticism, contempt, defensiveness, stonewalling, dismissal
        assertThat(Heads.load().net(Kind.REPLY).heads().get(contempt).label()).isEqualTo(app.tandem.coach.Label.CONTEMPT);
        double sarcasm = answers.logits(Ngrams.grams("Oh wow, shall I call the papers?"))[contempt];
        double thanks = answers.logits(Ngrams.grams("Thanks for doing the laundry."))[contempt];
        // The margin was over 1 until part nine; the eighth round's many sincere "oh wow"s ("Oh wow, you
        // fixed the wardrobe door? Thank you!", no longer flagged) took some of the words' weight.
        assertThat(sarcasm).isGreaterThan(thanks + 0.5);
    }
}
