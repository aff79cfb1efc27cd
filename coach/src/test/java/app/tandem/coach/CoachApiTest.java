package app.tandem.coach;

import static app.tandem.coach.Reviews.COACH;
import static app.tandem.coach.Reviews.labelsOf;
import static app.tandem.coach.Reviews.need;
import static app.tandem.coach.Reviews.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoachApiTest {

    @Test
    void cleanTextGetsNoLabelsNoFindingsAndNoSuggestion() {
        Review review = need("I feel lonely in the evenings. I need us to have a video call on your break.");
        assertThat(review.isClean()).isTrue();
        assertThat(review.findings()).isEmpty();
        assertThat(review.suggestion()).isNull();
    }

    @Test
    void findingPointsAtTheWordsThatTriggeredIt() {
        String text = "You never help with the kids. I need you to do bath time tonight.";
        Review review = need(text);
        assertThat(labelsOf(review)).containsExactly("criticism");
        Finding f = review.findings().get(0);
        assertThat(f.trigger()).isEqualTo(text.substring(f.start(), f.end())).isEqualTo("You never help");
        assertThat(f.explanation()).isNotBlank();
        assertThat(f.antidote()).isNotBlank();
    }

    @Test
    void aTextCanCarrySeveralLabels() {
        Review review = need("You always interrupt me. I need you to stop.");
        // The semantic layer may add that a bare "stop" names no action either (vague), which is fair.
        assertThat(labelsOf(review)).contains("criticism", "negative_request");
    }

    @Test
    void labelsAreThoseOfTheLabelsFile() {
        assertThat(java.util.Arrays.stream(Label.values()).map(Label::wireName)).containsExactly(
                "criticism", "contempt", "defensiveness", "stonewalling", "faux_feeling",
                "negative_request", "vague_request", "dismissal", "scorekeeping");
        assertThat(Label.fromWireName("faux_feeling")).isEqualTo(Label.FAUX_FEELING);
    }

    @Test
    void labelsHaveTheNamesPartnersSee() {
        assertThat(java.util.Arrays.stream(Label.values()).map(Label::displayName)).containsExactly(
                "Criticism", "Contempt", "Defensiveness", "Stonewalling", "A judgment dressed as a feeling",
                "What you don't want", "A vague request", "Dismissal", "Scorekeeping");
    }

    @Test
    void kindParsesCaseInsensitivelyAndRejectsTheRest() {
        assertThat(Kind.parse("NEED")).isEqualTo(Kind.NEED);
        assertThat(Kind.parse("Reply")).isEqualTo(Kind.REPLY);
        assertThatThrownBy(() -> Kind.parse("bid")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kind.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullTextIsReadAsEmpty() {
        assertThat(COACH.review(Kind.REPLY, null).isClean()).isTrue();
        assertThat(COACH.review(null, null).isClean()).isTrue();
        assertThat(COACH.reviewNeed(null, null, null).isClean()).isTrue();
    }

    @Test
    void theSameTextAlwaysGetsTheSameReview() {
        String text = "Yeah, but I already made plans with the guys.";
        assertThat(reply(text)).isEqualTo(reply(text));
    }

    @Test
    void standardCoachIsSharedAndLoadedOnce() {
        assertThat(Coach.standard()).isSameAs(Coach.standard());
    }
}
