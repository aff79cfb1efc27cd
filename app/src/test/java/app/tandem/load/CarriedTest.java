package app.tandem.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarriedTest {

    private static LoadItem item(int minutes, Owner noticing, Owner planning, Owner doing) {
        return new LoadItem(1, null, "Cook dinner", Area.FOOD, Cadence.DAILY, null, minutes, noticing, planning, doing, "");
    }

    @Test
    void noticingAndPlanningAreASixthEachAndGoToTheirOwnersWhileDoingGoesToWhoeverDidIt() {
        Carried carried = Carried.of(item(30, Owner.A, Owner.A, Owner.B), Owner.B);

        assertThat(carried).isEqualTo(new Carried(10 * 60, 0, 0, 20 * 60));
        assertThat(carried.total()).isEqualTo(30 * 60);
    }

    @Test
    void doingIsCountedForWhoeverTheLogSaysDidItEvenWhenTheOtherOwnsDoing() {
        Carried carried = Carried.of(item(30, Owner.B, Owner.B, Owner.B), Owner.A);

        assertThat(carried.doingA()).isEqualTo(20 * 60);
        assertThat(carried.mentalB()).isEqualTo(10 * 60);
    }

    @Test
    void sharedPhasesAndSharedDoingAreSplitInHalfWithoutLosingASecond() {
        Carried carried = Carried.of(item(7, Owner.SHARED, Owner.A, Owner.SHARED), Owner.SHARED);

        assertThat(carried.total()).isEqualTo(7 * 60);
        assertThat(carried.mentalA()).isEqualTo(70 / 2 + 70);
        assertThat(carried.mentalB()).isEqualTo(70 - 70 / 2);
        assertThat(carried.doingA() + carried.doingB()).isEqualTo(7 * 60 - 140);
        assertThat(Math.abs(carried.doingA() - carried.doingB())).isLessThanOrEqualTo(1);
    }

    @Test
    void tenPointsOverTheTargetIsCountedExactly() {
        Carried sixty = new Carried(0, 0, 60, 40);
        Carried fiftyNine = new Carried(0, 0, 59, 41);

        assertThat(sixty.over(Owner.A, 50, 10)).isTrue();
        assertThat(fiftyNine.over(Owner.A, 50, 10)).isFalse();
        assertThat(sixty.over(Owner.B, 30, 10)).isTrue();
        assertThat(Carried.NONE.over(Owner.A, 0, 10)).isFalse();
        assertThat(Carried.NONE.percentOf(Owner.A)).isEqualTo(-1);
    }

    @Test
    void theTwoPercentsAlwaysAddUpToAHundred() {
        Carried halfAndHalf = new Carried(0, 0, 101, 99); // 50.5% and 49.5%

        assertThat(halfAndHalf.percentOf(Owner.A) + halfAndHalf.percentOf(Owner.B)).isEqualTo(100);
    }
}
