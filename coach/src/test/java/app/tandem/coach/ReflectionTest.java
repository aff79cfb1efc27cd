package app.tandem.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reflection repeats the asker's words back; one that defends or blames is flagged. */
class ReflectionTest {

    private static Review reflect(String text) {
        return Reviews.COACH.review(Kind.REFLECTION, text);
    }

    @Test
    void aFaithfulReflectionThatRepeatsTheAskersAlwaysAndNeverIsClean() {
        assertThat(reflect("What I hear is you never get to rest.").isClean()).isTrue();
        assertThat(reflect("So you always end up doing the dishes and you're tired of it.").isClean()).isTrue();
        assertThat(reflect("It sounds like you feel I never ask about your day, and you'd like me to ask tonight.").isClean()).isTrue();
    }

    @Test
    void theSameWordsAsAReplyAreCriticism() {
        assertThat(Reviews.reply("You never get to rest? You never do anything.").labels()).contains(Label.CRITICISM);
    }

    @Test
    void aReflectionThatDefendsOrBlamesIsFlagged() {
        assertThat(reflect("Well, I work all day too, you know. What I hear is you're complaining again.").isClean()).isFalse();
        assertThat(reflect("So you never get to rest? Try doing my job for a week.").isClean()).isFalse();
    }

    @Test
    void knowingWhatTheAskerSaidOnlyTheirOwnWordsAreForgiven() {
        String heard = "worn out because I never get to rest, and I need you to take the evenings sometimes";
        assertThat(Reviews.COACH.reviewReflection("What I hear is you never get to rest.", heard).isClean()).isTrue();
        assertThat(Reviews.COACH.reviewReflection("What I hear is you always complain and you never help.", heard)
                .labels()).as("an always the asker never said is the listener's verdict").contains(Label.CRITICISM);
        assertThat(Reviews.COACH.reviewReflection("What I hear is you always complain.", null).labels())
                .as("nothing heard: nothing of it is the asker's").contains(Label.CRITICISM);
    }

    @Test
    void kindParsesReflection() {
        assertThat(Kind.parse("reflection")).isEqualTo(Kind.REFLECTION);
        assertThat(Kind.parse(" Reflection ")).isEqualTo(Kind.REFLECTION);
        assertThat(Kind.REFLECTION.wireName()).isEqualTo("reflection");
    }
}
