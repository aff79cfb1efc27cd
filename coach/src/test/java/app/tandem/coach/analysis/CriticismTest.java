package app.tandem.coach.analysis;

import static app.tandem.coach.Reviews.labelsOf;
import static app.tandem.coach.Reviews.need;
import static app.tandem.coach.Reviews.reply;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who the subject is, and whether what they "always" or "never" do is good or bad. */
class CriticismTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "You never help with the kids.",
            "You always forget what I tell you.",
            "Why do you never put anything back?",
            "You're so inconsiderate.",
            "you are completely unreliable",
            "Honestly you're just so selfish",
            "You're not very thoughtful lately.",
            "Every time I ask for help, you disappear.",
            "You only care about your hobbies.",
            "You only ever text me when you're bored. Can you message me in the mornings?",
            "You don't care about my family.",
            "your so lazy",
            "You keep forgetting to lock the back door.",
            "You can't even boil an egg.",
            "You refuse to ever talk about money.",
            "All you ever do is play games.",
            "You couldn't care less about my job.",
            "You never stop to think how I feel."})
    void judgingThePartnerIsCriticism(String text) {
        assertThat(labelsOf(reply(text))).contains("criticism");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "You always make me laugh.",
            "You always know how to cheer me up.",
            "You never forget my birthday.",
            "You're so thoughtful.",
            "You're so good with my grandmother.",
            "You're not lazy, you're exhausted.",
            "I never sleep well before exams.",
            "I always get nervous before flights.",
            "My boss is so rude to everyone.",
            "He never calls his mother.",
            "I need you to always text me when you land.",
            "Every time I'm sad, you make me laugh.",
            "I keep forgetting to buy stamps.",
            "You keep surprising me.",
            "Can you keep the kids busy for an hour?",
            "Talk to you never.",
            "All you ever do is make me laugh.",
            "You never fail to make me laugh when I'm in a grump.",
            "You never stop making me laugh."})
    void praiseOrAnotherSubjectIsNotCriticism(String text) {
        assertThat(labelsOf(reply(text))).doesNotContain("criticism");
    }

    /** "Never fail to" means "always": the rules read what follows as "always" would. */
    @Test
    void neverFailToIsReadAsAlways() {
        Coach rules = Coach.rulesOnly();
        assertThat(rules.review(Kind.NEED, "You never fail to disappoint me.").labels()).contains(Label.CRITICISM);
        assertThat(rules.review(Kind.NEED, "You never fail to make me laugh.").labels()).doesNotContain(Label.CRITICISM);
        assertThat(rules.review(Kind.REPLY, "You never stop making me laugh.").labels()).doesNotContain(Label.CRITICISM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"You're right.", "You are amazing with the kids.", "You always help me when I'm stuck."})
    void positiveTraitsAreClean(String text) {
        assertThat(need(text).isClean()).isTrue();
    }
}
