package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.kernel.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words the practice builds in Java are catalogue keys, each with its own German. */
class PracticeWordsTest {

    @Test
    void everyStatementLeaningSmallAskAndReassuranceWordHasEnglishAndGerman() {
        List<Phrase> words = new ArrayList<>();
        CheckInStatements.ALL.forEach(s -> words.add(s.text()));
        for (Leaning l : Leaning.values()) {
            words.addAll(List.of(l.words(), l.meaning(), l.suggestedPractice()));
        }
        words.addAll(SmallAskLibrary.ASKS);
        words.addAll(ReassuranceAsk.DOABLE);
        words.add(ReassuranceAsk.WHY);
        for (TurnRole role : TurnRole.values()) {
            words.add(role.byWhom("Kai"));
        }

        for (Phrase p : words) {
            String english = p.in(Locale.ENGLISH);
            assertThat(english).as(p.key()).isNotBlank().isNotEqualTo(p.key());
            assertThat(p.in(Locale.GERMAN)).as(p.key()).isNotEqualTo(english);
        }
        assertThat(CheckInStatements.ALL.get(0).text().in(Locale.ENGLISH))
                .isEqualTo("When I need help, I would rather work it out alone than ask.");
        assertThat(TurnRole.SPEAKER.byWhom("Kai").in(Locale.ENGLISH)).isEqualTo("Kai says:");
    }

    @Test
    void reassureMeMoreIsHeardInEnglishAndInGerman() {
        assertThat(ReassuranceAsk.vague("you to reassure me more")).isTrue();
        assertThat(ReassuranceAsk.vague("Gib mir mehr Sicherheit")).isTrue();
        assertThat(ReassuranceAsk.vague("Sag mir, dass du mich liebst")).isTrue();
        assertThat(ReassuranceAsk.vague("eine Nachricht, wenn du von der Arbeit losgehst")).isFalse();
        assertThat(ReassuranceAsk.vague("a text from you when you leave work")).isFalse();
    }
}
