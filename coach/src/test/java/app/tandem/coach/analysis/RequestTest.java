package app.tandem.coach.analysis;

import static app.tandem.coach.Reviews.labelsOf;
import static app.tandem.coach.Reviews.need;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a need asks for: "stop by" vs "stop", concrete vs vague, and the scope of "not". */
class RequestTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I need you to stop staying up so late.",
            "I need you to quit smoking in the car.",
            "Please don't invite anyone over this weekend.",
            "I need you to not raise your voice with me.",
            "I don't want you to make decisions about money without me.",
            "No more leaving the dog outside all day, please.",
            "I need you to never do that again.",
            "You always interrupt me. I need you to stop.",
            "Stop using my razor, please.",
            "I need you to cut out the late-night gaming.",
            "I need you to stop the yelling."})
    void askingForWhatYouDoNotWantIsANegativeRequest(String text) {
        assertThat(labelsOf(need(text))).contains("negative_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I need you to stop by the pharmacy.",
            "I need you to stop at the bakery for the cake on Friday.",
            "Could you stop in at your mum's on Saturday?",
            "Don't forget to pick up milk on the way home, please.",
            "Don't worry about dinner, but could you bring dessert on Friday?",
            "I need you to call me if you're not coming home by nine.",
            "I never ask you for favours, but could you drive me on Monday?",
            "I'm not angry, just tired. I need you to do the school run tomorrow.",
            "I need you to never stop making those pancakes.",
            "Could you stop the car at the lights so I can get out?"})
    void errandsAndNegationsOutsideTheAskAreNotNegativeRequests(String text) {
        assertThat(labelsOf(need(text))).doesNotContain("negative_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I need you to be more present.",
            "I need you to show me you love me.",
            "I need you to pull your weight.",
            "I feel sad and I need more attention.",
            "I need you to be a better partner.",
            "I need you to make more of an effort.",
            "I need more support from you.",
            "I need you to step up.",
            "I need you to drive more carefully.",
            "I just need you to be there.",
            "I need you to be on my side for once.",
            "I need you to step up this month, with the baby on the way."})
    void askingForNoDoableActionIsVague(String text) {
        assertThat(labelsOf(need(text))).contains("vague_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I need twenty minutes of your full attention tonight.",
            "I need you to show me you love me by planning a date on Friday.",
            "I need you to take the grocery run this week.",
            "I need a hand moving the couch this evening.",
            "I need help carrying the groceries up from the car.",
            "I need you to be home by six on Friday."})
    void aTimeANumberOrAnActionMakesAnAskConcrete(String text) {
        assertThat(labelsOf(need(text))).doesNotContain("vague_request");
    }
}
