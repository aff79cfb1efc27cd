package app.tandem.coach;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.coach.analysis.MeaningCheck;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * How the layers work together, with a stand-in for the semantic layer so that the rules of
 * the game are tested apart from what the model happens to score.
 */
class TwoLayersTest {

    /** Scores one label high (or low) for every text, and nothing else. */
    private static MeaningCheck scoring(Label label, double score) {
        return new MeaningCheck() {
            @Override
            public double[] scores(Kind kind, String text) {
                double[] s = new double[Label.values().length];
                Arrays.fill(s, 0.3);
                s[label.ordinal()] = text.contains("Shall I fetch the bunting") || score < 0.5 ? score : 0.3;
                return s;
            }

            @Override
            public double threshold(Kind kind, Label l) {
                return 0.8;
            }

            @Override
            public double veto(Kind kind, Label l) {
                return 0.05;
            }
        };
    }

    @Test
    void theSemanticLayerAddsWhatTheRulesMissOnTheSentenceThatCarriesIt() {
        Coach coach = Coach.with(scoring(Label.CONTEMPT, 0.95));
        String text = "Oh wow, you found the laundry basket. Shall I fetch the bunting? Could you fold the towels tonight?";
        Review review = coach.review(Kind.NEED, text);
        assertThat(review.labels()).containsExactly(Label.CONTEMPT);
        Finding f = review.findings().get(0);
        assertThat(f.layer()).isEqualTo(Layer.SEMANTIC);
        assertThat(f.trigger()).isEqualTo("Shall I fetch the bunting?").isEqualTo(text.substring(f.start(), f.end()));
        assertThat(f.explanation()).isNotBlank();
        assertThat(review.suggestion()).contains("fold the towels tonight");
    }

    @Test
    void theSemanticLayerVetoesARuleFindingItIsConfidentIsWrong() {
        String text = "You never help with the kids. I need you to do bath time.";
        assertThat(Coach.with(scoring(Label.CRITICISM, 0.3)).review(Kind.NEED, text).labels()).containsExactly(Label.CRITICISM);
        assertThat(Coach.with(scoring(Label.CRITICISM, 0.01)).review(Kind.NEED, text).isClean()).isTrue();
    }

    /** Scores one label 0.95 for every text. */
    private static MeaningCheck everywhere(Label label) {
        return new MeaningCheck() {
            @Override
            public double[] scores(Kind kind, String text) {
                double[] s = new double[Label.values().length];
                Arrays.fill(s, 0.3);
                s[label.ordinal()] = 0.95;
                return s;
            }

            @Override
            public double threshold(Kind kind, Label l) {
                return 0.8;
            }

            @Override
            public double veto(Kind kind, Label l) {
                return 0.05;
            }
        };
    }

    @Test
    void aDoubleNegativeAboutThePartnerIsPraiseNotCriticism() {
        Coach coach = Coach.with(everywhere(Label.CRITICISM));
        assertThat(coach.review(Kind.REPLY, "You never let me down, you know that? I'll be home at 6.").isClean()).isTrue();
        assertThat(coach.review(Kind.REPLY, "You never complain, even on the long weeks.").isClean()).isTrue();
        // "Never fail to" turns it back into "always"; other negations are no double negative.
        assertThat(coach.review(Kind.REPLY, "You never fail to disappoint me.").labels()).contains(Label.CRITICISM);
        assertThat(coach.review(Kind.REPLY, "Maybe if you didn't nag so much I'd remember.").labels()).contains(Label.CRITICISM);
        assertThat(coach.review(Kind.REPLY, "You never listen to me, you know that?").labels()).contains(Label.CRITICISM);
    }

    @Test
    void whatYouDoNotWantIsOnlyAddedWhereSomethingIsRefused() {
        Coach coach = Coach.with(everywhere(Label.NEGATIVE_REQUEST));
        assertThat(coach.review(Kind.NEED, "I feel upset because you interrupted me at dinner.").isClean()).isTrue();
        assertThat(coach.review(Kind.NEED, "It would be lovely if you weren't on your phone at dinner.").labels())
                .containsExactly(Label.NEGATIVE_REQUEST);
    }

    @Test
    void ruleFindingsSayTheyAreTheRules() {
        Review review = Coach.rulesOnly().review(Kind.NEED, "You never help with the kids. I need you to do bath time.");
        assertThat(review.findings()).allMatch(f -> f.layer() == Layer.RULES);
        assertThat(Coach.rulesOnly().hasSemanticLayer()).isFalse();
    }

    @Test
    void theStandardCoachReadsMeaningOnThisPlatform() {
        assertThat(Coach.standard().hasSemanticLayer()).isTrue();
    }
}
