package app.tandem.load;

import static app.tandem.load.Handover.Status.ACCEPTED;
import static app.tandem.load.Handover.Status.DECLINED;
import static app.tandem.load.Handover.Status.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.ConflictException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-over's state table, without Spring: who may act, when, and where it leads. */
class HandoverActionTest {

    /** A offers B the doing of the laundry. */
    private static Handover in(Handover.Status status) {
        return new Handover(1, 2, "Laundry", List.of(Phase.DOING), Owner.A, Owner.B, status, Instant.EPOCH, null);
    }

    @Test
    void theReceiverTakesItOnOrSaysNotNow() {
        assertThat(in(PROPOSED).check(HandoverAction.ACCEPT, Owner.B)).isEqualTo(ACCEPTED);
        assertThat(in(PROPOSED).check(HandoverAction.DECLINE, Owner.B)).isEqualTo(DECLINED);
        assertThat(in(PROPOSED).can(HandoverAction.ACCEPT, Owner.B)).isTrue();
    }

    @Test
    void theGiverCannotAnswerTheirOwnOffer() {
        assertThat(in(PROPOSED).can(HandoverAction.ACCEPT, Owner.A)).isFalse();
        assertThatThrownBy(() -> in(PROPOSED).check(HandoverAction.ACCEPT, Owner.A))
                .isInstanceOf(ConflictException.class).hasMessageContaining("theirs to take on");
        assertThatThrownBy(() -> in(PROPOSED).check(HandoverAction.DECLINE, Owner.A))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAnsweredHandOverIsSettled() {
        for (Handover.Status settled : List.of(ACCEPTED, DECLINED)) {
            for (HandoverAction action : List.of(HandoverAction.ACCEPT, HandoverAction.DECLINE, HandoverAction.LAPSE)) {
                assertThat(in(settled).can(action, Owner.B)).as(action + " in " + settled).isFalse();
                assertThatThrownBy(() -> in(settled).check(action, Owner.B))
                        .isInstanceOf(ConflictException.class).hasMessage("This hand-over was already answered.");
            }
        }
    }

    @Test
    void archivingTheItemLetsAnOpenHandOverLapseWhoeverArchivesIt() {
        assertThat(in(PROPOSED).check(HandoverAction.LAPSE, Owner.A)).isEqualTo(DECLINED);
        assertThat(in(PROPOSED).check(HandoverAction.LAPSE, Owner.B)).isEqualTo(DECLINED);
        assertThat(HandoverAction.LAPSE.statuses()).containsExactlyElementsOf(Handover.Status.OPEN);
    }

    @Test
    void proposingStartsAHandOverAndOnlyOneAnItemIsOpen() {
        assertThat(HandoverAction.PROPOSE.leadsTo()).isEqualTo(PROPOSED);
        assertThat(HandoverAction.PROPOSE.statuses()).isEmpty();
        assertThat(Handover.Status.OPEN).containsExactly(PROPOSED);
        assertThat(HandoverAction.PROPOSE.whyNot(PROPOSED).say()).isEqualTo("A hand-over of this item is already waiting for an answer.");
    }
}
