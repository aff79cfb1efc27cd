package app.tandem.coach.analysis;

import static app.tandem.coach.Reviews.labelsOf;
import static app.tandem.coach.Reviews.reply;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replies: "yeah, but" vs counter-offers, pauses vs walls, excuses vs owning a part. */
class ReplyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Yeah, but I already made plans with the guys.",
            "Sure, but why is this suddenly such a big deal?",
            "Okay, but you always do this.",
            "Yes but I have a lot on my plate right now.",
            "Relax, it's really not a big deal.",
            "You're making a mountain out of a molehill.",
            "Calm down, it's only dinner.",
            "It's one plate, chill.",
            "Right. Anyway, how was the gym?",
            "You always get like this when you're tired."})
    void brushingTheBidAsideIsADismissal(String text) {
        assertThat(labelsOf(reply(text))).contains("dismissal");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I can't do Thursday, but I can do Friday.",
            "Sure, but can we do it after lunch instead?",
            "Okay, but can we leave by ten? I have an early start.",
            "Yeah, sounds good.",
            "Fine with me, I'll bring the snacks.",
            "I need twenty minutes to calm down. Can we talk again at eight?",
            "No big deal, I'll grab it on the way.",
            "Anyway, yes, I'll be home by 6.",
            "Relax tonight, I've got dinner."})
    void counterOffersAndYesesAreNotDismissals(String text) {
        assertThat(labelsOf(reply(text))).doesNotContain("dismissal");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Oh, and you're perfect, are you?",
            "Says the one who left the door unlocked.",
            "Here we go, blame me again.",
            "You never asked."})
    void hittingBackOrPlayingTheVictimIsDefensive(String text) {
        assertThat(labelsOf(reply(text))).contains("defensiveness");
    }

    @Test
    void sorryForTheOthersFeelingIsNoApology() {
        assertThat(labelsOf(reply("I'm sorry you feel that way, but I was exhausted."))).contains("defensiveness");
        assertThat(labelsOf(reply("Sorry if you felt left out."))).contains("defensiveness");
        assertThat(reply("I'm sorry I left you alone at the party. I'll find you before I go next time.").isClean())
                .isTrue();
    }

    @Test
    void aBreakWithATimeToComeBackIsNotStonewalling() {
        assertThat(labelsOf(reply("I don't want to talk about it."))).containsExactly("stonewalling");
        assertThat(reply("I don't want to talk about it right now. Can we talk after dinner?").isClean()).isTrue();
        assertThat(reply("I need a short break to cool down, then let's talk again at nine.").isClean()).isTrue();
    }

    @Test
    void whateverAloneShutsDownButWhateverYouNeedTurnsToward() {
        assertThat(labelsOf(reply("Whatever."))).contains("stonewalling");
        assertThat(reply("Whatever you need, I'm here.").isClean()).isTrue();
        assertThat(labelsOf(reply("Forget it."))).contains("stonewalling");
        assertThat(reply("I won't forget it, promise.").isClean()).isTrue();
    }

    @Test
    void youWereOpensPraiseAsWellAsACounterAttack() {
        assertThat(labelsOf(reply("You were an hour late on Saturday."))).contains("defensiveness");
        assertThat(labelsOf(reply("you were late too"))).contains("defensiveness");
        assertThat(reply("honestly you were amazing with her at the jabs today. proud of you").isClean()).isTrue();
        assertThat(reply("You were right about the car.").isClean()).isTrue();
    }

    @Test
    void notKnowingFollowedByAChangeOwnsIt() {
        assertThat(labelsOf(reply("I didn't know. You should have said."))).contains("defensiveness");
        assertThat(reply("I didn't know it bothered you that much. The bag lives in the garage from now on.").isClean())
                .isTrue();
        assertThat(reply("I didn't know it bothered you that much. Thank you for saying it instead of stewing.").isClean())
                .isTrue();
    }

    @Test
    void goAwayShutsDownButThePhonesGoingAwayDoesNot() {
        assertThat(labelsOf(reply("Just go away."))).contains("stonewalling");
        assertThat(reply("Yes, one evening a week where the phones go away once she's down. Tuesdays?").isClean()).isTrue();
    }

    @Test
    void anExcuseThatOwnsAPartIsNotDefensive() {
        assertThat(labelsOf(reply("I was busy! Not everyone has time to do everything."))).contains("defensiveness");
        assertThat(reply("I'm sorry, I was busy and it slipped my mind. I'll do it now.").isClean()).isTrue();
        assertThat(labelsOf(reply("It's not my fault you didn't remind me."))).contains("defensiveness");
        assertThat(labelsOf(reply("Well, you forgot the car insurance last month."))).contains("defensiveness");
    }

    @Test
    void notABigDealAboutOnesOwnCostIsNoDismissal() {
        assertThat(labelsOf(reply("It's not a big deal, babies cry, he'll settle down."))).contains("dismissal");
        assertThat(labelsOf(reply("Not a big deal at all, I'm happy to swap days with you."))).doesNotContain("dismissal");
        assertThat(labelsOf(reply("Honestly not a big deal, I'll pick her up on the way."))).doesNotContain("dismissal");
    }

    @Test
    void sayingWhatOnePromisedAndDidNotDoOwnsIt() {
        assertThat(labelsOf(reply("I said I'd do it and I will. You don't have to stand over me."))).contains("defensiveness");
        assertThat(labelsOf(reply("I said I'd ring the plumber and I didn't. I'll do it first thing tomorrow.")))
                .doesNotContain("defensiveness");
        assertThat(labelsOf(reply("That's fair. I said I'd be home by two and rolled in at five. I'm sorry.")))
                .doesNotContain("defensiveness");
    }

    @Test
    void sarcasticPraiseIsContemptButSincerePraiseIsNot() {
        assertThat(labelsOf(reply("Nice job forgetting the tickets, Einstein."))).contains("contempt");
        assertThat(labelsOf(reply("Congratulations, you managed to be late again."))).contains("contempt");
        assertThat(reply("Nice job on the presentation!").isClean()).isTrue();
        assertThat(reply("Congratulations on the new job!").isClean()).isTrue();
        assertThat(reply("You're a genius with spreadsheets, thank you.").findings())
                .noneMatch(f -> f.trigger().equals("genius"));
    }
    @ParameterizedTest
    @ValueSource(strings = {
            "Cute. Really cute.",
            "That's adorable, you think the custody order is a suggestion.",
            "Sure, I'll get right on that, Your Majesty.",
            "Thanks for the lecture.",
            "How brave of you to finally mention it after three weeks.",
            "Wow, a whole text message. Should I frame it?",
            "Oh no, not the drying rack again. Someone call the UN.",
            "It must be so exhausting being right all the time."})
    void sarcasmWithoutAnInsultWordIsContempt(String text) {
        assertThat(labelsOf(reply(text))).contains("contempt");
    }

    @Test
    void sincereThanksForASpeechIsNoSarcasm() {
        assertThat(reply("Thank you for the lovely speech at the wedding, I cried.").isClean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mhm.", "Noted.", "We'll see.", "So you want to talk about who moves. Let's not go there tonight, yeah?"})
    void aMurmurOrAShrugForTheWholeAnswerIsAWall(String text) {
        assertThat(labelsOf(reply(text))).contains("stonewalling");
    }

    @Test
    void theSameWordsInsideAnAnswerAreNoWall() {
        assertThat(reply("Mhm, sounds good, see you at six.").isClean()).isTrue();
        assertThat(reply("I'll take your sister to the market and we'll see you at one.").isClean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Easy for you to say, you don't have to live with her.",
            "I check the locks because I want you all safe. Sorry for caring, I guess."})
    void theVictimAndTheCounterChargeInOtherWordsAreDefensive(String text) {
        assertThat(labelsOf(reply(text))).contains("defensiveness");
    }

    @Test
    void changingTheSubjectWithSpeakingOfWhichIsADismissal() {
        assertThat(labelsOf(reply("Mm. Speaking of which, we need to book the dog into kennels."))).contains("dismissal");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've cooked every single dinner since Easter, and you're telling me I don't do enough?",
            "Fine, I'll go, but remember this next time you want me at one of your work things."})
    void aTallyOrAMarkForNextTimeIsScorekeeping(String text) {
        assertThat(labelsOf(reply(text))).contains("scorekeeping");
    }

    @Test
    void wordsInQuotesAreReportedNotSaid() {
        assertThat(reply("I'm sorry. I took \"do whatever you want\" literally. Next time could you tell me what you actually want?")
                .isClean()).isTrue();
        assertThat(labelsOf(reply("Ooh, 'I feel disrespected'. Very good. Gold star.")))
                .contains("contempt").doesNotContain("faux_feeling");
    }
}
