package app.tandem.coach;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random, unicode, very long and adversarial input: the coach always answers, every offset is
 * inside the text, and every trigger is exactly the text it points at.
 */
class RobustnessProperties {

    private static final Coach COACH = Coach.standard();

    /** Pieces that stress the tokenizer and the rules: triggers, contractions, surrogates, RTL, marks. */
    private static final String[] PIECES = {
            "but ", "yeah, but ", "I feel ", "I feel like you ", "you never ", "you always ", "you're so ", "stop ", "stop by ",
            "not ", "don't ", "please ", "I need you to ", "every time ", "whatever", ".", ",", "!", "?", "...", "\n", " ",
            "'", "’", "-", "—", "😀", "👩‍❤️‍👨", "\uD83D", "\uDE00", "שלום ", "مرحبا ", "e\u0301", "\u200B", "\u202E",
            "ǅ", "İ", "ß", "3.5", "Dr. ", "can't ", "you’re ", "ur ", "k", "\t", "\r\n", "\u0000", "I'm done", "so "};

    @Property(tries = 300)
    void alwaysAnswersWithOffsetsInsideTheText(@ForAll("texts") String text, @ForAll Kind kind) {
        Review review = COACH.review(kind, text);
        assertThat(review).isNotNull();
        for (Finding f : review.findings()) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start() + 1, text.length());
            assertThat(f.trigger()).isEqualTo(text.substring(f.start(), f.end()));
            assertThat(review.labels()).contains(f.label());
        }
        assertThat(review.isClean()).isEqualTo(review.findings().isEmpty());
        assertThat(review.suggestion() == null).isEqualTo(review.isClean());
    }

    @Property(tries = 100)
    void needFieldsAlwaysAnswerToo(@ForAll("texts") String feeling, @ForAll("texts") String because, @ForAll("texts") String need) {
        NeedReview review = COACH.reviewNeed(feeling, because, need);
        for (Finding f : review.because().findings()) {
            assertThat(f.trigger()).isEqualTo(because.substring(f.start(), f.end()));
        }
        assertThat(review.suggestion() == null).isEqualTo(review.isClean());
    }

    @Property(tries = 40)
    void longAdversarialTextsAreAnswered(@ForAll("longTexts") String text, @ForAll Kind kind) {
        long started = System.nanoTime();
        Review review = COACH.review(kind, text);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(review.findings()).allSatisfy(f -> assertThat(f.trigger()).isEqualTo(text.substring(f.start(), f.end())));
        assertThat(millis).as("a 10,000-char review").isLessThan(2_000);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l)));
    }

    @Provide
    Arbitrary<String> longTexts() {
        Arbitrary<String> repeated = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(4)
                .map(l -> String.join("", l))
                .map(unit -> repeatTo(unit, 10_000));
        Arbitrary<String> random = Arbitraries.strings().all().ofLength(10_000);
        return Arbitraries.oneOf(repeated, random);
    }

    static String repeatTo(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.substring(0, length);
    }
}
