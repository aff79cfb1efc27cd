package app.tandem.coach;

import static app.tandem.coach.Reviews.COACH;
import static app.tandem.coach.Reviews.labelsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeedReviewTest {

    @Test
    void pointsAtTheFieldThatNeedsCare() {
        NeedReview review = COACH.reviewNeed("dismissed", "you interrupted me at dinner", "ask me one question about my day");
        assertThat(labelsOf(review.feeling())).containsExactly("faux_feeling");
        assertThat(review.because().isClean()).isTrue();
        assertThat(review.need().isClean()).isTrue();
        Finding f = review.feeling().findings().get(0);
        assertThat(f.start()).isZero();
        assertThat(f.trigger()).isEqualTo("dismissed");
    }

    @Test
    void offsetsAreIntoEachFieldsOwnText() {
        String because = "you're so selfish with the car";
        NeedReview review = COACH.reviewNeed("frustrated", because, "to use the car on Saturday");
        Finding f = review.because().findings().get(0);
        assertThat(f.label()).isEqualTo(Label.CRITICISM);
        assertThat(because.substring(f.start(), f.end())).isEqualTo(f.trigger());
    }

    @Test
    void needFieldIsReadAsAnAsk() {
        NeedReview review = COACH.reviewNeed("anxious", "the storm is coming", "you to stop driving so fast");
        assertThat(labelsOf(review.need())).containsExactly("negative_request");
        NeedReview vague = COACH.reviewNeed("sad", "we barely talk", "more attention");
        assertThat(labelsOf(vague.need())).containsExactly("vague_request");
    }

    @Test
    void suggestionIsTheWholeNeedInOurFormAndComesBackClean() {
        NeedReview review = COACH.reviewNeed("ignored", "you were on your phone all evening", "you to be more present");
        assertThat(review.suggestion()).startsWith("I feel ").contains(" because ").contains(", and I need ");
        assertThat(COACH.review(Kind.NEED, review.suggestion()).isClean()).isTrue();
    }

    @Test
    void suggestionKeepsTheCleanFieldsInTheirOwnWords() {
        // Issue 12: a judgment ("dismissed") is no longer swapped for an invented feeling; the partner fills the gap.
        NeedReview review = COACH.reviewNeed("dismissed", "you interrupted me at dinner", "ask me one question");
        assertThat(review.suggestion())
                .isEqualTo("I feel [how you feel] because you interrupted me at dinner, and I need you to ask me one question.");
        NeedReview thing = COACH.reviewNeed("ignored", "the kids were loud", "a hug tonight");
        assertThat(thing.suggestion()).endsWith("and I need a hug tonight.");
        assertThat(review.suggestedParts()).contains(
                new NeedSuggestion("[how you feel]", "you interrupted me at dinner", "you to ask me one question"));
    }

    @Test
    void cleanFieldsGetNoSuggestion() {
        NeedReview review = COACH.reviewNeed("worn down", "I've done bedtime alone all week", "you to do bedtime on Tuesday");
        assertThat(review.isClean()).isTrue();
        assertThat(review.suggestion()).isNull();
    }
}
