package app.tandem.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.home.web.HomeCards.Cards;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The kept cards: reused at the same revision, read again at another, bounded in number. */
class HomeCardsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");

    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Cards> read = () -> {
        reads.incrementAndGet();
        return new Cards(null, null, null, null, null, null, List.of(), List.of());
    };

    @Test
    void theSameRevisionReusesTheCardsAndANewOneReadsAgain() {
        HomeCards kept = new HomeCards(10);

        Cards first = kept.at(1, 100, 7, NOW, null, 1, read);
        Cards again = kept.at(1, 100, 7, NOW, null, 1, read);
        Cards afterAChange = kept.at(1, 100, 8, NOW, null, 1, read);

        assertThat(again).isSameAs(first);
        assertThat(afterAChange).isNotSameAs(first);
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachPartnerHasTheirOwnCards() {
        HomeCards kept = new HomeCards(10);

        kept.at(1, 100, 7, NOW, null, 1, read);
        kept.at(2, 100, 7, NOW, null, 1, read);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aPartnerInANewCoupleNeverSeesTheOldCouplesCardsEvenAtTheSameRevision() {
        HomeCards kept = new HomeCards(10);

        Cards before = kept.at(1, 100, 7, NOW, null, 1, read);
        Cards after = kept.at(1, 200, 7, NOW, null, 1, read);

        assertThat(after).isNotSameAs(before);
        assertThat(reads).hasValue(2);
    }

    @Test
    void otherHistoryPagesAndFiltersAreReadEachTimeSoAPartnerHoldsOneEntry() {
        HomeCards kept = new HomeCards(10);

        kept.at(1, 100, 7, NOW, null, 2, read);
        kept.at(1, 100, 7, NOW, null, 2, read);
        kept.at(1, 100, 7, NOW, app.tandem.need.NeedStatus.MET, 1, read);
        kept.at(1, 100, 7, NOW, app.tandem.need.NeedStatus.MET, 1, read);

        assertThat(reads).hasValue(4);
    }

    @Test
    void theLeastRecentlySeenPartnerMakesRoom() {
        HomeCards kept = new HomeCards(2);
        kept.at(1, 100, 7, NOW, null, 1, read);
        kept.at(2, 100, 7, NOW, null, 1, read);
        kept.at(1, 100, 7, NOW, null, 1, read); // partner 1 seen again: partner 2 is now the eldest

        kept.at(3, 200, 7, NOW, null, 1, read);
        kept.at(1, 100, 7, NOW, null, 1, read);
        kept.at(2, 100, 7, NOW, null, 1, read);

        assertThat(reads).hasValue(4);
    }

    @Test
    void noRoomKeepsNothing() {
        HomeCards kept = new HomeCards(0);

        kept.at(1, 100, 7, NOW, null, 1, read);
        kept.at(1, 100, 7, NOW, null, 1, read);

        assertThat(reads).hasValue(2);
    }

    @Test
    void anUpcomingPlanThatHasSincePassedMakesHomeReadAgainThoughNothingWasWritten() {
        HomeCards kept = new HomeCards(10);
        PlanSummary party = new PlanSummary(5, PlanKind.values()[0], "Party", NOW, null, null, NOW.minusSeconds(60));
        Supplier<Cards> withAPlan = () -> {
            reads.incrementAndGet();
            return new Cards(null, null, null, null, null, null, List.of(), List.of(party));
        };

        Cards first = kept.at(1, 100, 7, NOW, null, 1, withAPlan);
        Cards duringTheEvening = kept.at(1, 100, 7, NOW.plus(Duration.ofHours(6)), null, 1, withAPlan);
        Cards theNextDay = kept.at(1, 100, 7, NOW.plus(Duration.ofHours(7)), null, 1, withAPlan);

        assertThat(duringTheEvening).isSameAs(first);
        assertThat(theNextDay).isNotSameAs(first);
        assertThat(reads).hasValue(2);
    }
}
