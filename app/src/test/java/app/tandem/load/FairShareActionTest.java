package app.tandem.load;

import static app.tandem.load.FairShare.Status.AGREED;
import static app.tandem.load.FairShare.Status.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fair share's state table, without Spring: who may act, when, and where it leads. */
class FairShareActionTest {

    private static final FairShare AGREED_EVEN = FairShare.EVEN;
    /** B proposed that A carries 60%. */
    private static final FairShare B_PROPOSED = new FairShare(50, null, 60, Owner.B, Instant.EPOCH);

    @Test
    void eitherPartnerProposesAndAProposalWaitsForTheOther() {
        assertThat(AGREED_EVEN.status()).isEqualTo(AGREED);
        assertThat(AGREED_EVEN.check(FairShareAction.PROPOSE, Owner.A)).isEqualTo(PROPOSED);
        assertThat(AGREED_EVEN.check(FairShareAction.PROPOSE, Owner.B)).isEqualTo(PROPOSED);
        assertThat(B_PROPOSED.status()).isEqualTo(PROPOSED);
        assertThat(B_PROPOSED.check(FairShareAction.PROPOSE, Owner.A)).as("a counter-offer").isEqualTo(PROPOSED);
    }

    @Test
    void onlyTheOtherPartnerAgreesAndThenTheSplitIsAgreed() {
        assertThat(B_PROPOSED.check(FairShareAction.AGREE, Owner.A)).isEqualTo(AGREED);
        assertThat(B_PROPOSED.can(FairShareAction.AGREE, Owner.B)).isFalse();
        assertThatThrownBy(() -> B_PROPOSED.check(FairShareAction.AGREE, Owner.B))
                .isInstanceOf(ConflictException.class).hasMessageContaining("You proposed this split");
        assertThatThrownBy(() -> AGREED_EVEN.check(FairShareAction.AGREE, Owner.A))
                .isInstanceOf(ConflictException.class).hasMessage("There is no proposed split to agree to.");
    }

    @Test
    void eitherPartnerWithdrawsAWaitingProposalAndTheAgreedSplitHolds() {
        assertThat(B_PROPOSED.check(FairShareAction.WITHDRAW, Owner.B)).isEqualTo(AGREED);
        assertThat(B_PROPOSED.check(FairShareAction.WITHDRAW, Owner.A)).isEqualTo(AGREED);
        assertThatThrownBy(() -> AGREED_EVEN.check(FairShareAction.WITHDRAW, Owner.A))
                .isInstanceOf(ConflictException.class).hasMessage("There is no proposed split.");
    }

    @Test
    void proposingTheSplitThatAlreadyHoldsSaysSo() {
        FairShare agreedEven = new FairShare(50, java.time.Instant.EPOCH, null, null, null);
        assertThatThrownBy(() -> agreedEven.checkProposal(50, Owner.A))
                .isInstanceOf(ConflictException.class).hasMessage("That is already the split you agreed.");
        assertThat(FairShare.EVEN.checkProposal(50, Owner.A)).as("an even split nobody agreed can be agreed")
                .isEqualTo(PROPOSED);
        assertThat(B_PROPOSED.checkProposal(50, Owner.A)).as("back to even, while one waits").isEqualTo(PROPOSED);
    }

    @Test
    void everyActionLeadsSomewhereFromEveryStatusItIsAllowedIn() {
        for (FairShareAction action : FairShareAction.values()) {
            assertThat(FairShare.Status.values()).as(action.name()).anyMatch(action::allowedIn);
            assertThat(action.leadsTo()).as(action.name()).isNotNull();
        }
    }
}
