package app.tandem.coach.analysis;

import static app.tandem.coach.Reviews.labelsOf;
import static app.tandem.coach.Reviews.need;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real feelings vs judgments and thoughts dressed as feelings. */
class FeelingTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I feel dismissed when I share my ideas.",
            "I feel so ignored lately.",
            "I feel let down because the plan changed.",
            "I feel taken for granted since the baby came.",
            "I felt betrayed when you told your sister.",
            "I'm feeling really unappreciated.",
            "I don't feel heard when we argue.",
            "I feel like you never want to be home.",
            "I feel that you don't trust me.",
            "I feel as if you don't want me around.",
            "I feel you never listen.",
            "You make me feel invisible."})
    void judgmentsAndThoughtsAreFauxFeelings(String text) {
        assertThat(labelsOf(need(text))).contains("faux_feeling");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I feel lonely in the evenings.",
            "I feel worn down because I've done bedtime alone all week.",
            "I feel silly asking, but could you check the locks tonight?",
            "I feel like having pizza tonight.",
            "I feel like a walk would do us good.",
            "I don't feel safe driving in snow.",
            "I feel loved when you make me coffee.",
            "I feel that way too.",
            "I feel you.",
            "I feel overlooked at work lately.",
            "I feel ignored by the insurance company.",
            "I feel like we should book the flights soon.",
            "I feel you've been working so hard.",
            "I feel like you'd love this new Thai place."})
    void realFeelingsAndWishesAreClean(String text) {
        assertThat(labelsOf(need(text))).doesNotContain("faux_feeling");
    }
}
