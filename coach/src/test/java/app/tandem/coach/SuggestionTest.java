package app.tandem.coach;

import static app.tandem.coach.Reviews.COACH;
import static app.tandem.coach.Reviews.need;
import static app.tandem.coach.Reviews.reply;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.coach.analysis.Analysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Suggestions keep the partner's words: the ask and the situation as written, only the
 * flagged part rewritten, a gap in square brackets where a part is missing, and the result
 * comes back clean.
 */
class SuggestionTest {

    /** Every labelled set of ours, and the shared development set when it is beside the repository. */
    static List<LabelledSet.Item> corpora(boolean withTraining) {
        List<LabelledSet.Item> items = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("src/test/resources/cases.jsonl", "src/test/resources/holdout.jsonl",
                "corpus/heldout.jsonl", "corpus/heldout-handwritten.jsonl", "corpus/heldout-handwritten-2.jsonl",
                "corpus/heldout-handwritten-3.jsonl", "corpus/heldout-writers.jsonl", "corpus/heldout-writers-2.jsonl", "corpus/heldout-writers-3.jsonl",
                "corpus/heldout-writers-4.jsonl", "corpus/heldout-writers-5.jsonl", "corpus/heldout-writers-6.jsonl",
                "corpus/heldout-writers-7.jsonl", "corpus/heldout-writers-8.jsonl", "corpus/heldout-writers-9.jsonl",
                "../../shared/coach/dev.jsonl"));
        if (withTraining) {
            files.add("corpus/train.jsonl");
            files.add("corpus/validation.jsonl");
            files.add("corpus/writers-train.jsonl");
            files.add("corpus/writers-validation.jsonl");
        }
        for (String f : files) {
            if (Files.exists(Path.of(f))) {
                items.addAll(LabelledSet.read(Path.of(f)).items());
            }
        }
        return items;
    }

    @Test
    void everySuggestionForEveryFlaggedTextComesBackCleanAndKeepsTheAsk() {
        assertKeepsTheAsk(COACH, corpora(false), 600);
    }

    /**
     * The whole corpus, training part included, with the rules alone: the same suggestion code
     * on 11,000 more texts, at a cost the build can afford (both layers take minutes here).
     */
    @Test
    void onTheWholeCorpusWithTheRulesAloneNoSuggestionLosesTheAsk() {
        assertKeepsTheAsk(Coach.rulesOnly(), corpora(true), 3000);
    }

    private static void assertKeepsTheAsk(Coach coach, List<LabelledSet.Item> items, int atLeast) {
        int flagged = 0;
        int withAsk = 0;
        List<String> lost = new ArrayList<>();
        List<String> dirty = new ArrayList<>();
        for (LabelledSet.Item item : items) {
            Review review = coach.review(item.kind(), item.text());
            if (review.isClean()) {
                assertThat(review.suggestion()).isNull();
                continue;
            }
            flagged++;
            String suggestion = review.suggestion();
            assertThat(suggestion).as(item.id()).isNotBlank();
            if (!coach.review(item.kind(), suggestion).isClean()) {
                dirty.add(item.id() + ": " + suggestion);
            }
            String ask = askToKeep(coach.analyse(item.kind(), item.text()));
            if (ask != null) {
                withAsk++;
                if (!suggestion.contains(ask)) {
                    lost.add(item.id() + ": \"" + ask + "\" -> " + suggestion);
                }
            }
        }
        assertThat(flagged).isGreaterThan(atLeast);
        assertThat(withAsk).isGreaterThan(atLeast / 3);
        assertThat(dirty).as("suggestions that do not come back clean").isEmpty();
        assertThat(lost).as("suggestions that lose the ask (share %d/%d)", lost.size(), withAsk).isEmpty();
    }

    /**
     * What a suggestion must keep word for word: the partner's own ask when it was not the
     * flagged part, and what a negative ask wanted to avoid (it goes into the gap).
     */
    private static String askToKeep(Analysis a) {
        if (a.labels().contains(Label.NEGATIVE_REQUEST)) {
            // What they wanted to avoid, unless it is itself flagged ("stop whining like a baby"):
            // contempt is not kept, not even inside a gap.
            String avoided = a.avoided();
            boolean flagged = avoided != null && a.findings().stream()
                    .anyMatch(f -> f.label() != Label.NEGATIVE_REQUEST && avoided.contains(f.trigger()));
            return flagged ? null : avoided;
        }
        if (a.labels().contains(Label.VAGUE_REQUEST) || a.request() == null) {
            return null;
        }
        String r = a.request();
        for (String lead : new String[] {"you to ", "us to "}) {
            if (r.startsWith(lead)) {
                r = r.substring(lead.length());
            }
        }
        // An ask that is itself the jab ("Try acting like a husband for once.") is what gets rewritten.
        String ask = r.toLowerCase(Locale.ROOT);
        boolean itIsTheJab = a.findings().stream().anyMatch(f -> (f.label() == Label.CONTEMPT || f.label() == Label.CRITICISM)
                && f.trigger().toLowerCase(Locale.ROOT).contains(ask));
        return itIsTheJab ? null : r;
    }

    @Test
    void needSuggestionKeepsTheFeelingTheSituationAndTheAskAndRewritesOnlyTheCriticism() {
        Review review = need("I feel exhausted because I've done bedtime alone all week. You never help. Could you do bath time on Thursday?");
        assertThat(review.suggestion())
                .isEqualTo("I feel exhausted because I've done bedtime alone all week, and I need you to do bath time on Thursday.");
    }

    @Test
    void aMissingPartIsAGapToFillNeverAnInventedReason() {
        // With a when: since the word heads (part seven) a bare "I need you to do bath time." is borderline vague (0.41, threshold 0.36).
        Review review = need("You never help with the kids. I need you to do bath time tonight.");
        assertThat(review.suggestion()).isEqualTo("I feel [how you feel] because [what happened], and I need you to do bath time tonight.");
    }

    @Test
    void aJudgmentDressedAsAFeelingKeepsItsMomentAndLeavesTheFeelingToThePartner() {
        Review review = need("I feel dismissed when I share my ideas at dinner. I need you to ask me one question about them.");
        assertThat(review.suggestion())
                .isEqualTo("I feel [how you feel] when I share my ideas at dinner, and I need you to ask me one question about them.");
    }

    @Test
    void anAskWhoseSentenceSaidWhenKeepsTheWhen() {
        // "I need you to be there." alone is a vague ask; the lead of its sentence made it doable.
        Review review = need("Why are you always late? Dinner's at 7 on Saturday, please be there.");
        assertThat(review.suggestion())
                .isEqualTo("I feel [how you feel] because [what happened], and I need you to be there: Dinner's at 7 on Saturday.");
    }

    @Test
    void aGapLeftInAnEditedSuggestionStaysAGap() {
        Review review = need("I feel [how you feel] because [what happened]. You never help. I need you to do bath time tonight.");
        assertThat(review.suggestion()).isEqualTo("I feel [how you feel] because [what happened], and I need you to do bath time tonight.");
    }

    @Test
    void aNegativeAskKeepsWhatItWantedToAvoidInsideTheGap() {
        Review review = need("I feel anxious at night because of the noise. I need you to stop staying up so late.");
        assertThat(review.suggestion()).isEqualTo(
                "I feel anxious because of the noise, and I need you to [what you would like instead of staying up so late].");
    }

    @Test
    void tryNotToKeepsTheActivityAndAQuitInsideTheGapIsNoNewAsk() {
        assertThat(need("Try not to slam the door tonight.").suggestion())
                .endsWith("I need you to [what you would like instead of slamming the door tonight].");
        Review review = need("Try not to rage quit this time.");
        assertThat(review.suggestion()).endsWith("I need you to [what you would like instead of raging quit this time].");
        assertThat(need(review.suggestion()).labels()).doesNotContain(Label.NEGATIVE_REQUEST);
    }

    @Test
    void aTallyBecomesTheSituationOnceItNoLongerBillsThePartner() {
        Review review = need("I did all four school runs and cooked every night. Can you do Friday's run?");
        assertThat(review.suggestion()).contains("I did all four school runs and cooked every night")
                .endsWith("and I need you to do Friday's run.");
    }

    @Test
    void replySuggestionIsBuiltFromWhatTheReplySaid() {
        Review review = reply("Yeah, but I'm dying to watch the season finale. But yeah, we can connect.");
        assertThat(review.isClean()).isFalse();
        assertThat(review.suggestion()).contains("I'm dying to watch the season finale");
        Review excuse = reply("It's not my fault you didn't remind me. I'll do the bins tonight.");
        assertThat(excuse.suggestion()).contains("I'll do the bins tonight").contains("[the part you own]");
    }

    @Test
    void aDefensiveReflectionKeepsTheFaithfulPartAndAsksIfItHeardRight() {
        Review review = COACH.review(Kind.REFLECTION, "So you never get to rest? Try doing my job for a week.");
        assertThat(review.isClean()).isFalse();
        assertThat(review.suggestion()).startsWith("So you never get to rest?").endsWith("Did I get that right?");
    }

    @Test
    void everyBridgeAndGapIsCleanOnItsOwn() {
        app.tandem.coach.lexicon.Lexicon texts = app.tandem.coach.lexicon.Lexicon.load();
        app.tandem.coach.suggest.Suggester s = new app.tandem.coach.suggest.Suggester(texts, (k, t) -> true);
        assertThat(need(s.fallbackNeed()).isClean()).isTrue();
        for (String key : List.of("ack", "own", "feeling", "negotiate", "pause", "fallback")) {
            String wording = texts.text("suggest.reply." + key);
            assertThat(reply(wording).labels()).as(wording).isEmpty();
        }
        for (String key : List.of("gap", "check")) {
            String wording = texts.text("suggest.reflection." + key);
            assertThat(COACH.review(Kind.REFLECTION, wording).labels()).as(wording).isEmpty();
        }
        assertThat(texts.text("suggest.gap.feeling").toLowerCase(Locale.ROOT)).startsWith("[").endsWith("]");
    }
}
