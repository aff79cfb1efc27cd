package app.tandem.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoingItAloneTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final FairShare EVEN = FairShare.EVEN;

    /** Weeks with A's percent of a 1000-second load each. */
    private static List<WeekLoad> weeks(int... percentA) {
        List<WeekLoad> weeks = new ArrayList<>();
        for (int i = 0; i < percentA.length; i++) {
            int a = percentA[i] < 0 ? 0 : percentA[i] * 10;
            int b = percentA[i] < 0 ? 0 : 1000 - a;
            weeks.add(new WeekLoad(START.plusWeeks(i), new Carried(0, 0, a, b)));
        }
        return weeks;
    }

    @Test
    void threeWeeksInARowAtLeastTenPointsOverTheTargetIsGoingItAlone() {
        assertThat(GoingItAlone.carrier(weeks(50, 60, 70, 61), EVEN)).contains(Owner.A);
        assertThat(GoingItAlone.carrier(weeks(50, 40, 30, 20), EVEN)).contains(Owner.B);
    }

    @Test
    void twoWeeksOrAnEvenWeekInBetweenIsNot() {
        assertThat(GoingItAlone.carrier(weeks(70, 50, 70, 70), EVEN)).isEmpty();
        assertThat(GoingItAlone.carrier(weeks(70, 70), EVEN)).isEmpty();
        assertThat(GoingItAlone.carrier(weeks(70, 70, 59), EVEN)).isEmpty();
    }

    @Test
    void aWeekWithNothingLoggedBreaksTheStreak() {
        assertThat(GoingItAlone.carrier(weeks(80, -1, 80, 80), EVEN)).isEmpty();
    }

    @Test
    void theTargetIsTheCouplesOwnNotFiftyFifty() {
        FairShare aCarriesMore = new FairShare(65, null, null, null, null);

        assertThat(GoingItAlone.carrier(weeks(70, 70, 70), aCarriesMore)).isEmpty();
        assertThat(GoingItAlone.carrier(weeks(75, 76, 80), aCarriesMore)).contains(Owner.A);
    }

    @Test
    void thePrefilledNeedLeavesTheFeelingToThePartnerAndAsksForAConcreteHandOver() {
        GoingItAlone alert = new GoingItAlone(Owner.A, weeks(70, 70, 70), 70, 50, true, List.of("Laundry", "Cook dinner"),
                Optional.of(new GoingItAlone.Suggestion(3, "Laundry", List.of(Phase.PLANNING, Phase.DOING))));

        assertThat(alert.sentence()).isEqualTo("I feel ___ because I've been carrying about 70% of our load for 3 weeks "
                + "in a row, where we agreed on 50%, most of all \u201cLaundry\u201d and \u201cCook dinner\u201d. "
                + "I need you to take over the planning and doing of \u201cLaundry\u201d, starting this week.");
        String link = alert.composerLink();
        assertThat(link).startsWith("/needs/new?feeling=&because=I%27ve%20been%20carrying").doesNotContain("+");
        assertThat(URLDecoder.decode(link.substring(link.indexOf("&need=") + 6), StandardCharsets.UTF_8))
                .isEqualTo(alert.need());
    }
}
