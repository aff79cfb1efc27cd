package app.tandem.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where answers place a partner on the spectrum: the two kinds of statement pull opposite ways. */
class CheckInStatementsTest {

    @Test
    void aboutADozenStatementsHalfEachWay() {
        assertThat(CheckInStatements.ALL).hasSize(12);
        assertThat(CheckInStatements.ALL.stream().filter(s -> s.pole() < 0)).hasSize(6);
        assertThat(CheckInStatements.ALL).extracting(Statement::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 12).boxed().toList());
    }

    @Test
    void goingItAloneInEveryAnswerIsTheHyperIndependentEnd() {
        int position = CheckInStatements.position(answers(5, 1));
        assertThat(position).isEqualTo(-100);
        assertThat(Leaning.at(position)).isEqualTo(Leaning.HYPER_INDEPENDENT);
    }

    @Test
    void losingOneselfInEveryAnswerIsTheCodependentEnd() {
        int position = CheckInStatements.position(answers(1, 5));
        assertThat(position).isEqualTo(100);
        assertThat(Leaning.at(position)).isEqualTo(Leaning.CODEPENDENT);
    }

    @Test
    void balancedAnswersAreInterdependentWhateverTheirLevel() {
        assertThat(Leaning.at(CheckInStatements.position(answers(3, 3)))).isEqualTo(Leaning.INTERDEPENDENT);
        assertThat(Leaning.at(CheckInStatements.position(answers(2, 3)))).isEqualTo(Leaning.INTERDEPENDENT);
        assertThat(Leaning.at(CheckInStatements.position(answers(4, 2)))).isEqualTo(Leaning.HYPER_INDEPENDENT);
    }

    @Test
    void leaningsReadTheirWireNames() {
        for (Leaning l : Leaning.values()) {
            assertThat(Leaning.parse(l.wireName())).isEqualTo(l);
        }
        assertThat(Leaning.parse("<b>codependent</b>")).isNull();
        assertThat(Leaning.parse(null)).isNull();
    }

    /** Every going-it-alone statement answered {@code alone}, every other {@code fused}. */
    static List<Integer> answers(int alone, int fused) {
        return CheckInStatements.ALL.stream().map(s -> s.pole() < 0 ? alone : fused).toList();
    }
}
