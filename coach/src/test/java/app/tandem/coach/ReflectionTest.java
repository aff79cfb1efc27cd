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
    void aReflectionThatMakesTheListenerTheVictimIsDefensive() {
        // The semantic layer's defensiveness stands in a sentence framed as a reflection (part ten).
        assertThat(reflect("So basically I'm the bad guy again because I worked late. Lovely.").labels())
                .contains(Label.DEFENSIVENESS);
        assertThat(reflect("What I'm hearing is that I can't do anything right. Noted.").labels())
                .contains(Label.DEFENSIVENESS);
        assertThat(reflect("You're saying I never cook. I cooked on Tuesday and Thursday, but sure.").labels())
                .contains(Label.DEFENSIVENESS);
    }

    @Test
    void theAskersOwnBlameSaidBackIsNoDefence() {
        // Read without the asker's words, the embedding calls this one a defence.
        String heard = "You're always on your phone at dinner and I need you to put it away.";
        assertThat(Reviews.COACH.reviewReflection("You're saying I'm always on my phone at dinner.", heard).isClean())
                .isTrue();
    }

    @Test
    void soWhatOpensAReflectionAndIsNoShrug() {
        assertThat(reflect("So what I'm hearing is you're exhausted from the night feeds and you want me to take "
                + "Tuesday and Thursday nights. Is that right?").isClean()).isTrue();
        assertThat(reflect("Okay, so what you need is for me to take the car to the garage on Monday.").isClean()).isTrue();
        assertThat(Reviews.reply("So what? It's one plate.").labels()).contains(Label.DISMISSAL);
        assertThat(Reviews.reply("So what if I forgot, it's one plate.").labels()).contains(Label.DISMISSAL);
        assertThat(Reviews.reply("Ok, noted. So what are we doing for dinner?").labels()).contains(Label.DISMISSAL);
    }

    @Test
    void theAskersFeelingSaidBackIsNoFauxFeeling() {
        assertThat(reflect("So when I went quiet on Sunday, it felt like I'd checked out on you. I hear that.").isClean())
                .isTrue();
        assertThat(reflect("What I'm getting is that Mum having a key makes it feel like it's not fully our home.")
                .isClean()).isTrue();
        assertThat(reflect("You said you never feel like a priority, and that it hurts.").isClean()).isTrue();
        assertThat(Reviews.COACH.reviewReflection("So it feels like I never listen to you.", "I need you to call me at lunch")
                .labels()).as("a feeling the asker never gave").isNotEmpty();
    }

    @Test
    void kindParsesReflection() {
        assertThat(Kind.parse("reflection")).isEqualTo(Kind.REFLECTION);
        assertThat(Kind.parse(" Reflection ")).isEqualTo(Kind.REFLECTION);
        assertThat(Kind.REFLECTION.wireName()).isEqualTo("reflection");
    }
    @Test
    void aOneWordVerdictAfterTheFrameIsContempt() {
        assertThat(reflect("So you want me to plan the holidays. Lovely.").labels()).contains(Label.CONTEMPT);
        assertThat(reflect("So you'd like me to take Fridays. That's fair.").isClean()).isTrue();
        assertThat(Reviews.reply("You'll pick up the cake at four? Lovely.").isClean()).as("a reply's lovely is meant").isTrue();
    }
}
