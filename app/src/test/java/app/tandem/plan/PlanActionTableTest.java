package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.ConflictException;
import org.junit.jupiter.api.Test;

/** Every row of the plan's state table, in milliseconds. */
class PlanActionTableTest {

    @Test
    void predictionsAreWrittenOnlyUntilBothAreRevealed() {
        assertThat(PlanAction.PREDICT.allowedIn(PlanStage.PREDICTING)).isTrue();
        assertThatThrownBy(() -> PlanAction.PREDICT.check(PlanStage.PLANNING)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> PlanAction.PREDICT.check(PlanStage.SIGNED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void thePlanIsShapedSignedAndDebriefedOnlyAfterBothPredicted() {
        for (PlanAction action : new PlanAction[] {PlanAction.SHAPE, PlanAction.SIGN, PlanAction.DEBRIEF}) {
            assertThatThrownBy(() -> action.check(PlanStage.PREDICTING)).as(action.name())
                    .isInstanceOf(ConflictException.class).hasMessageContaining("prediction");
            assertThat(action.allowedIn(PlanStage.PLANNING)).as(action.name()).isTrue();
            assertThat(action.allowedIn(PlanStage.SIGNED)).as(action.name()).isTrue();
        }
    }

    @Test
    void aSignalIsNeverRefused() {
        for (PlanStage stage : PlanStage.values()) {
            assertThat(PlanAction.SIGNAL.allowedIn(stage)).as(stage.name()).isTrue();
        }
    }

    @Test
    void everyTemplateOffersTheStarterSetThenItsOwn() {
        for (PlanKind kind : PlanKind.values()) {
            assertThat(kind.suggestedAgreements()).as(kind.name()).startsWith(PlanKind.starters().toArray(String[]::new));
            assertThat(PlanKind.parse(kind.wireName())).isEqualTo(kind);
        }
        assertThat(PlanKind.FAMILY_GATHERING.suggestedAgreements()).hasSizeGreaterThan(PlanKind.starters().size());
        assertThat(PlanKind.starters()).contains("We arrive together.", "We check in with each other every hour.",
                "Either of us can leave by a time we set.", "We don't discuss it on the way home; we debrief tomorrow.");
    }
}
