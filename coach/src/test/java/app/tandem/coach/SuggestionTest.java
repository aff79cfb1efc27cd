package app.tandem.coach;

import static app.tandem.coach.Reviews.COACH;
import static app.tandem.coach.Reviews.need;
import static app.tandem.coach.Reviews.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every suggestion must itself come back clean from the coach. */
class SuggestionTest {

    @Test
    void everySuggestionForEveryFlaggedCaseComesBackClean() {
        List<LabelledSet.Item> items = new ArrayList<>(LabelledSet.read(Path.of("src/test/resources/cases.jsonl")).items());
        Path dev = Path.of("../../shared/coach/dev.jsonl");
        if (Files.exists(dev)) {
            items.addAll(LabelledSet.read(dev).items());
        }
        int flagged = 0;
        for (LabelledSet.Item item : items) {
            Review review = COACH.review(item.kind(), item.text());
            if (review.isClean()) {
                assertThat(review.suggestion()).isNull();
                continue;
            }
            flagged++;
            assertThat(review.suggestion()).as(item.id()).isNotBlank();
            Review again = COACH.review(item.kind(), review.suggestion());
            assertThat(again.labels()).as("suggestion for %s: %s", item.id(), review.suggestion()).isEmpty();
        }
        assertThat(flagged).isGreaterThan(100);
    }

    @Test
    void needSuggestionKeepsThePartnersOwnFeelingAndAsk() {
        Review review = need("I feel anxious at night because of the noise. I need you to stop staying up so late.");
        assertThat(review.suggestion())
                .isEqualTo("I feel anxious because of the noise, and I need us to agree on what you'll do instead of staying up so late.");
    }

    @Test
    void needSuggestionTurnsAJudgmentIntoAFeeling() {
        Review review = need("I feel dismissed when I share my ideas at dinner. I need you to ask me one question about them.");
        assertThat(review.suggestion()).startsWith("I feel hurt because it's hard for me when I share my ideas at dinner")
                .endsWith("and I need you to ask me one question about them.");
    }

    @Test
    void replySuggestionAcknowledgesAndKeepsTheReason() {
        Review review = reply("Yeah, but I already made plans with the guys.");
        assertThat(review.suggestion()).startsWith("I hear you").contains("I already made plans with the guys");
    }

    @Test
    void everyCannedWordingIsCleanOnItsOwn() {
        app.tandem.coach.lexicon.Lexicon texts = app.tandem.coach.lexicon.Lexicon.load();
        assertThat(need(texts.text("suggest.need.fallback")).isClean()).isTrue();
        for (String key : List.of("stonewalling", "contempt", "defensiveness", "dismissal", "criticism", "fallback")) {
            String wording = texts.text("suggest.reply." + key);
            assertThat(reply(wording).labels()).as(wording).isEmpty();
        }
    }
}
